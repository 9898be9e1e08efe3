import { readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, ExtractionDisk } from '../../src/refresh/extractionDisk.js';
import { rebuildData } from '../../src/refresh/rebuild.js';
import { exported, seedsCopy, tempDir, workerStores } from '../helpers.js';

const stateDir = () => tempDir('parley-state-');

describe('ExtractionDisk: extractions kept in STATE_DIR', () => {
  it('reads back what it saved, each extraction under all its keys, its words a set again', async () => {
    const { cache } = await rebuildData(await seedsCopy(), new Map(), false);
    const state = await stateDir();
    new ExtractionDisk(state).save(cache);
    const files = await readdir(path.join(state, 'extractions', EXTRACTOR_VERSION));
    expect(files).toHaveLength(5);
    const { cache: read, skipped } = new ExtractionDisk(state).load();
    expect(skipped).toBe(0);
    expect([...read.keys()].sort()).toEqual([...cache.keys()].sort());
    for (const [key, x] of cache) {
      const y = read.get(key)!;
      expect(y.words).toBeInstanceOf(Set);
      expect(JSON.stringify({ ...y, words: [...y.words] })).toBe(JSON.stringify({ ...x, words: [...x.words] }));
    }
  });

  it('skips and counts a damaged file and one from another version, and uses the rest', async () => {
    const { cache } = await rebuildData(await seedsCopy(), new Map(), false);
    const state = await stateDir();
    const disk = new ExtractionDisk(state);
    disk.save(cache);
    const [first, second] = (await readdir(disk.dir)).sort();
    await appendFile(path.join(disk.dir, first!), 'not json any more');
    const foreign = JSON.parse(await readFile(path.join(disk.dir, second!), 'utf8'));
    await writeFile(path.join(disk.dir, second!), JSON.stringify({ ...foreign, version: 'another' }));
    const { cache: read, skipped } = new ExtractionDisk(state).load();
    expect(skipped).toBe(2);
    expect(new Set(read.values()).size).toBe(3);
  });

  it('keeps only the extractions the cache holds, and no other version’s folder', async () => {
    const { cache } = await rebuildData(await seedsCopy(), new Map(), false);
    const state = await stateDir();
    new ExtractionDisk(state, 'an-old-version').save(cache);
    const disk = new ExtractionDisk(state);
    const one = [...cache].filter(([, x]) => x.article.id.startsWith('000'));
    disk.save(new Map(one));
    expect(await readdir(path.join(state, 'extractions'))).toEqual([EXTRACTOR_VERSION]);
    expect(await readdir(disk.dir)).toHaveLength(1);
  });
});

describe('a restart with STATE_DIR', () => {
  const start = workerStores();

  // (Each start here finds no snapshot of the last build, so that it builds: tests/refresh/snapshot.test.ts has those.)
  const noSnapshot = (state: string) => rm(path.join(state, 'snapshot.v8'), { force: true });

  it('extracts nothing when the articles are unchanged, and answers as a fresh build does', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    const first = await start(seeds, state);
    expect(first.extractedLastBuild).toBe(5);
    await first.close();
    await noSnapshot(state);
    const second = await start(seeds, state);
    expect(second.extractedLastBuild).toBe(0);
    expect(exported(second)).toEqual(exported(first));
    expect(second.kb.warnings).toEqual([]);
  }, 60_000);

  it('extracts only the article that changed, and one whose stored extraction is damaged, saying so once', async () => {
    const seeds = await seedsCopy();
    const state = await stateDir();
    await (await start(seeds, state)).close();
    const file = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort()[4]!;
    await appendFile(path.join(seeds, file), '\nThe talks will resume in February, officials said.\n');
    const afterEdit = await start(seeds, state);
    expect(afterEdit.extractedLastBuild).toBe(1);
    await afterEdit.close();
    await noSnapshot(state);
    const dir = path.join(state, 'extractions', EXTRACTOR_VERSION);
    await writeFile(path.join(dir, (await readdir(dir)).sort()[0]!), '{"format":1');
    const afterDamage = await start(seeds, state);
    expect(afterDamage.extractedLastBuild).toBe(1);
    expect(afterDamage.kb.warnings.map((w) => [w.source, w.message])).toEqual([
      [dir, '1 stored extraction(s) could not be used (damaged, or from another version) and were made again'],
    ]);
    expect(afterDamage.kb.articles).toHaveLength(5);
  }, 60_000);
});
