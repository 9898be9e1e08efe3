import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, MAX_ARTICLE_BYTES } from '../../src/ingest/load.js';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { seedsCopy } from '../helpers.js';

/** Every kind of bad file at once, beside the real seeds. */
let dir: string;
beforeAll(async () => {
  dir = await seedsCopy();
  const seed = await readFile(path.join(dir, '002_009f55bc5ade4031.txt'));
  await writeFile(path.join(dir, '100_empty.txt'), '');
  await writeFile(path.join(dir, '101_binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  await writeFile(path.join(dir, '102_latin1.txt'), Buffer.from('Lavrov a d\xe9clar\xe9 \xe0 Gen\xe8ve: "non".', 'latin1'));
  await writeFile(path.join(dir, '103_huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 10, 0x61));
  await writeFile(path.join(dir, '104_truncated.txt'), 'Friday, January 21, 2022\n\nMr Blinken said: "We stand firmly with Ukraine and we will not');
  await writeFile(path.join(dir, '105_duplicate.txt'), seed);
  await writeFile(path.join(dir, '106_badmeta.txt'), 'Mr Lavrov said the talks were "open and useful".');
  await writeFile(path.join(dir, '106_badmeta.meta.json'), '{"kind": "tabloid"}');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('bad files beside the real seeds', () => {
  it('skips or loads each with a warning naming the file and the reason, and loads every good article', async () => {
    const { articles, warnings } = await loadSeeds(dir);
    const kb = buildKnowledgeBase(articles, { warnings });
    expect(kb.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004', '104', '106']);
    const by = (name: string) => kb.warnings.filter((w) => w.source.endsWith(name)).map((w) => w.message);
    expect(by('100_empty.txt')).toEqual(['the file is empty; skipped']);
    expect(by('101_binary.txt')).toEqual(['the file is binary (it contains NUL bytes); skipped']);
    expect(by('102_latin1.txt')).toEqual(['the file is not valid UTF-8 text; skipped']);
    expect(by('103_huge.txt')[0]).toMatch(/^the file is \d+ bytes, over the 5242880-byte limit; skipped$/);
    expect(by('104_truncated.txt')).toEqual(['a quote opened on line 3 never closes (the file may be cut short); it is not used as a quote']);
    expect(by('105_duplicate.txt')).toEqual([`the same text as ${path.join(dir, '002_009f55bc5ade4031.txt')}; skipped`]);
    expect(by('106_badmeta.meta.json')[0]).toMatch(/^bad metadata field "kind": .*; ignored$/);
    expect(kb.quotes.find((q) => q.articleId === '106_badmeta')?.speaker).toBe('Sergey Lavrov');
    expect(kb.quotes.filter((q) => q.articleId.startsWith('104'))).toEqual([]);
    expect(kb.quotes).toHaveLength(73);
  });

  it('lists the warnings in the export and in /refresh', async () => {
    const { articles, warnings } = await loadSeeds(dir);
    const out = exportKnowledgeBase(buildKnowledgeBase(articles, { warnings }));
    expect(out.warnings).toHaveLength(7);
    const store = new KnowledgeStore(buildKnowledgeBase(articles.slice(0, 5)), dir);
    const r = await store.refresh();
    expect(r.ok).toBe(true);
    expect(r.added.articles).toEqual(['104_truncated', '106_badmeta']);
    expect(r.warnings.map((w) => path.basename(w.source))).toEqual(
      expect.arrayContaining(['100_empty.txt', '101_binary.txt', '102_latin1.txt', '103_huge.txt', '104_truncated.txt', '105_duplicate.txt', '106_badmeta.meta.json']),
    );
  });
});
