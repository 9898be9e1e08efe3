import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../commands/types.js';
import { runCommand } from '../../src/dispatch/runner.js';
import { loadSeeds, parseMeta } from '../../src/ingest/load.js';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { citation, cleanInput, clip, escapeMarkdown, truncate } from '../../src/util/format.js';
import { resolveSource, suggestSources } from '../../src/query/articles.js';
import { seedsCopy } from '../helpers.js';

/** Every key an empty object answers to without owning it. */
const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype);
const caller: Caller = { userId: '1', isModerator: true };

describe('text that spells an Object key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parley-keys-'));
    for (const [i, key] of OBJECT_KEYS.entries()) {
      const text =
        `Geneva talks, day ${i + 1}\n\nThe ${key} news agency reported the talks. Sergey Lavrov said the meeting was "useful, number ${i}".\n\n` +
        `${key[0]!.toUpperCase()}${key.slice(1)} said: "We heard nothing new, round ${i}."\n\nSource: ${key}`;
      await writeFile(path.join(dir, `${String(i).padStart(2, '0')}_${key}.txt`), text);
      await writeFile(path.join(dir, `${String(i).padStart(2, '0')}_${key}.meta.json`), JSON.stringify({ outlet: key, origin: key, title: key }));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds in the worker, and every command answers each key as an option value', async () => {
    const { articles, warnings } = await loadSeeds(dir);
    expect(articles).toHaveLength(OBJECT_KEYS.length);
    const kb = buildKnowledgeBase(articles, { warnings });
    const store = new KnowledgeStore(kb, dir);
    const refreshed = await store.refresh({ full: true });
    expect(refreshed.error).toBeUndefined();
    expect(store.kb.articles.map((a) => a.outlet)).toEqual(OBJECT_KEYS);
    try {
      for (const key of OBJECT_KEYS) {
        const ctx = { kb: store.kb, store };
        const sources = await runCommand('sources', { outlet: key }, ctx, caller);
        expect(JSON.stringify(sources.pages[0])).toContain(`— ${key.replace(/_/g, '\\\\_')}, undated`);
        for (const [name, options] of [
          ['quote', { speaker: key, source: key }],
          ['who', { name: key }],
          ['fact', { query: key }],
          ['timeline', { about: key, from: key }],
        ] as const) {
          const answer = await runCommand(name, options, ctx, caller);
          expect(answer.pages.length, `${name} ${key}`).toBeGreaterThan(0);
        }
      }
    } finally {
      await store.close();
    }
    expect(exportKnowledgeBase(store.kb).articles.map((a) => a.outlet)).toEqual(OBJECT_KEYS);
  }, 60_000);

  it('reads an Object key in metadata as an unknown field, not as the object itself', () => {
    expect(parseMeta('{"__proto__": {"title": "x"}, "constructor": 1, "outlet": "TASS"}')).toEqual({
      meta: { outlet: 'TASS' },
      problems: ['unknown metadata field "__proto__"; ignored', 'unknown metadata field "constructor"; ignored'],
    });
  });
});

describe('metadata validated as data', () => {
  it('drops an impossible date, a javascript: link and an unknown field, naming each, and keeps the rest', () => {
    const { meta, problems } = parseMeta('{"title":"Talks","published":"2022-13-45","url":"javascript:alert(1)","kind":"tabloid","outlet":"TASS"}');
    expect(meta).toEqual({ title: 'Talks', outlet: 'TASS' });
    expect(problems).toEqual([
      'bad metadata field "published": is not a day on the calendar; ignored',
      'bad metadata field "url": must be an http(s) URL; ignored',
      expect.stringMatching(/^bad metadata field "kind": .*; ignored$/),
    ]);
    expect(parseMeta('{"published":"2022-02-29"}').problems).toEqual(['bad metadata field "published": is not a day on the calendar; ignored']);
    expect(parseMeta('{"published":"2024-02-29"}')).toEqual({ meta: { published: '2024-02-29' }, problems: [] });
  });

  it('loads the article when its metadata is bad, and no borrowed date is "45 undefined"', async () => {
    const dir = await seedsCopy();
    try {
      await writeFile(path.join(dir, '000_9587806e0d631d4e.meta.json'), '{"published":"2022-13-45","outlet":"Reuters"}');
      const { articles, warnings } = await loadSeeds(dir);
      const kb = buildKnowledgeBase(articles, { warnings });
      expect(kb.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
      expect(kb.articles[0]!.outlet).toBe('Reuters');
      expect(kb.warnings.map((w) => `${path.basename(w.source)}: ${w.message}`)).toContain(
        '000_9587806e0d631d4e.meta.json: bad metadata field "published": is not a day on the calendar; ignored',
      );
      const answer = await runCommand('timeline', {}, { kb, store: new KnowledgeStore(kb, dir) }, caller);
      expect(JSON.stringify(answer)).not.toMatch(/undefined|2023-/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('files that are not regular files', () => {
  let dir: string;
  let outside: string;
  beforeAll(async () => {
    dir = await seedsCopy();
    outside = await mkdtemp(path.join(tmpdir(), 'parley-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash');
    await rm(path.join(dir, '001_06a713c4930c40d3.meta.json'));
    execFileSync('mkfifo', [path.join(dir, '001_06a713c4930c40d3.meta.json')]);
    execFileSync('mkfifo', [path.join(dir, '200_pipe.txt')]);
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, '201_passwd.txt'));
    await symlink(path.join(dir, '004_651449546ff66d6f.txt'), path.join(dir, '202_inside.txt'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('skips a FIFO article and ignores FIFO metadata without blocking, and refuses a link out of the folder', async () => {
    const { articles, warnings } = await loadSeeds(dir);
    expect(articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    const by = (name: string) => warnings.filter((w) => path.basename(w.source) === name).map((w) => w.message);
    expect(by('001_06a713c4930c40d3.meta.json')).toEqual(['not a regular file; metadata ignored']);
    expect(by('200_pipe.txt')).toEqual(['not a regular file; skipped']);
    expect(by('201_passwd.txt')).toEqual(['a link to a file outside the seeds folder; skipped']);
    // A link inside the folder is read; here it is the same text as 004, so it is skipped as a duplicate.
    expect(by('202_inside.txt')).toEqual([expect.stringMatching(/^the same text as .*004_651449546ff66d6f\.txt; skipped$/)]);
    expect(JSON.stringify(warnings)).not.toContain('root:x');
  });

  it('refreshes again and again with a FIFO present, and the store still closes', async () => {
    const { articles } = await loadSeeds(dir);
    const store = new KnowledgeStore(buildKnowledgeBase(articles), dir);
    for (let i = 0; i < 6; i++) expect((await store.refresh({ full: true })).ok).toBe(true);
    await store.close();
  }, 60_000);
});

describe('a byte-order mark', () => {
  it('keeps every offset pointing into the file as written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-bom-'));
    try {
      const text = '\uFEFFGeneva, January 21, 2022\n\nSergey Lavrov said the talks were "constructive and useful".';
      await writeFile(path.join(dir, 'bom.txt'), text);
      const { articles } = await loadSeeds(dir);
      const out = exportKnowledgeBase(buildKnowledgeBase(articles));
      const file = await readFile(path.join(dir, 'bom.txt'), 'utf8');
      expect(file).toBe(text);
      expect(out.quotes.map((q) => file.slice(q.start, q.end))).toEqual(['constructive and useful']);
      expect(out.quotes[0]!.speaker).toBe('Sergey Lavrov');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('what users type and what metadata links to', () => {
  it('removes bidi isolates, the Arabic letter mark and soft hyphens from typed input', () => {
    expect(cleanInput('\u2066lav\u00adrov\u2069\u061c')).toBe('lavrov');
  });

  it('keeps a metadata URL inside its one markdown link', () => {
    const article = { id: '000_x', title: 'Talks', outlet: null, origin: null, published: null, referenceDate: null, url: 'https://example.org/a)[evil](https://evil.example' };
    expect(citation(article as unknown as Parameters<typeof citation>[0])).toBe('[Talks](https://example.org/a%29%5Bevil%5D%28https://evil.example), undated `000`');
  });
});

describe('dates, truncation, Discord syntax and autocomplete values', () => {
  it('refuses /timeline dates that are not on the calendar, by name', async () => {
    const dir = await seedsCopy();
    try {
      const { articles } = await loadSeeds(dir);
      const kb = buildKnowledgeBase(articles);
      const ctx = { kb, store: new KnowledgeStore(kb, dir) };
      const said = async (from: string) => (await runCommand('timeline', { from }, ctx, caller)).pages[0]!.content;
      expect(await said('2022-W99')).toBe('`from`: "2022-W99" has no such week (2022 has weeks W01 to W52).');
      expect(await said('2022-W00')).toBe('`from`: "2022-W00" has no such week (2022 has weeks W01 to W52).');
      expect(await said('2022-02-31')).toBe('`from`: "2022-02-31" is not a day on the calendar.');
      expect(await said('0001-W01')).toBe('`from`: "0001-W01" is before the year 1000.');
      expect((await runCommand('timeline', { from: '2020-W53' }, ctx, caller)).pages[0]!.embeds).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never cuts an emoji in half', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (let max = 2; max < 60; max++) {
      expect(truncate('😀'.repeat(40), max)).not.toMatch(lone);
      expect(clip('a😀'.repeat(40), max)).not.toMatch(lone);
    }
  });

  it('breaks every Discord <…> syntax a user or an article could echo', () => {
    expect(escapeMarkdown('</quote:123> <t:1:R> <https://example.org> <@123> <#9> <:smile:1>')).toBe(
      '<\u200b/quote:123> <\u200bt:1:R> <\u200bhttps://example.org> <\u200b@123> <\u200b#9> <\u200b:smile:1>',
    );
  });

  it('keeps autocomplete values within 100 characters, and a cut value still finds its article', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-long-'));
    try {
      const name = `001_${'long-file-name-'.repeat(10)}`;
      await writeFile(path.join(dir, `${name}.txt`), 'Talks ended.\n\nSergey Lavrov said the talks were "useful".');
      const { articles } = await loadSeeds(dir);
      const kb = buildKnowledgeBase(articles);
      const [choice] = suggestSources(kb, 'long');
      expect(choice!.value.length).toBe(100);
      expect(resolveSource(kb, choice!.value).map((a) => a.id)).toEqual([name]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
