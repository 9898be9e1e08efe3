import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeeds, MAX_ARTICLE_BYTES, parseMeta, SeedsError } from '../../src/ingest/load.js';
import { seedsCopy } from '../helpers.js';

const made: string[] = [];
afterEach(async () => {
  for (const d of made.splice(0)) await rm(d, { recursive: true, force: true });
});
async function copy() {
  const d = await seedsCopy();
  made.push(d);
  return d;
}

describe('loadSeeds', () => {
  it('loads the five seeds with their metadata and no warnings', async () => {
    const { articles, warnings } = await loadSeeds(await copy());
    expect(articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(articles[2]!.meta.outlet).toBe('The Limited Times');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'the file is empty'],
    ['blank.txt', Buffer.from('  \n\n '), 'only white space'],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'binary'],
    ['latin1.txt', Buffer.from('Caf\xe9 in Gen\xe8ve', 'latin1'), 'not valid UTF-8'],
    ['huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'), 'over the'],
  ])('skips %s with a warning naming the file, and still loads every seed', async (name, bytes, reason) => {
    const dir = await copy();
    await writeFile(path.join(dir, name), bytes);
    const { articles, warnings } = await loadSeeds(dir);
    expect(articles).toHaveLength(5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.source).toBe(path.join(dir, name));
    expect(warnings[0]!.message).toContain(reason);
  });

  it('loads an article whose metadata is bad without the bad field, naming the metadata file and the field', async () => {
    const dir = await copy();
    await writeFile(path.join(dir, '004_651449546ff66d6f.meta.json'), JSON.stringify({ published: 'last Friday' }));
    const { articles, warnings } = await loadSeeds(dir);
    expect(articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(articles[4]!.meta.published).toBeUndefined();
    expect(warnings[0]!.source).toMatch(/004_651449546ff66d6f\.meta\.json$/);
    expect(warnings[0]!.message).toBe('bad metadata field "published": must be a date written YYYY-MM-DD; ignored');
  });

  it('fails with one clear line for a missing folder and for a folder with nothing loadable', async () => {
    await expect(loadSeeds('/nonexistent/parley-seeds')).rejects.toThrow(new SeedsError('/nonexistent/parley-seeds: seeds folder not found'));
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-empty-'));
    made.push(dir);
    await writeFile(path.join(dir, 'empty.txt'), '');
    await expect(loadSeeds(dir)).rejects.toThrow(`${dir}: no loadable article (*.txt) in the seeds folder (empty.txt: the file is empty; skipped)`);
  });

  it('never changes the seed text (the copy in seeds/ is byte for byte the shared one)', async () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/seeds');
    const names = await readdir(shared).catch(() => null);
    if (!names) return; // shared/ is beside the project in CI and on developer machines
    const { readFile } = await import('node:fs/promises');
    for (const n of names) {
      expect(await readFile(path.resolve(import.meta.dirname, '../../seeds', n), 'utf8')).toBe(await readFile(path.join(shared, n), 'utf8'));
    }
  });
});

describe('parseMeta', () => {
  it('keeps the documented fields and drops, naming each, unknown fields, bad dates and links, and bad JSON', () => {
    expect(parseMeta('{"title":"T","kind":"blog","published":"2022-01-21"}')).toEqual({ meta: { title: 'T', kind: 'blog', published: '2022-01-21' }, problems: [] });
    expect(parseMeta('{"titel":"T","outlet":"DW"}')).toEqual({ meta: { outlet: 'DW' }, problems: ['unknown metadata field "titel"; ignored'] });
    expect(parseMeta('{"published":"21/01/2022"}')).toEqual({ meta: {}, problems: ['bad metadata field "published": must be a date written YYYY-MM-DD; ignored'] });
    expect(parseMeta('{not json')).toEqual({ meta: {}, problems: ['metadata is not valid JSON; ignored'] });
    expect(parseMeta('["title"]')).toEqual({ meta: {}, problems: ['metadata must be a JSON object; ignored'] });
    expect(parseMeta('{"url":"not a link"}').problems).toEqual(['bad metadata field "url": must be an http(s) URL; ignored']);
  });
});

describe('loadSeeds with the stamps of an earlier load', () => {
  it('reads again only the files whose size or time changed, text or metadata', async () => {
    const dir = await seedsCopy();
    const first = await loadSeeds(dir);
    expect(first.stamps.size).toBe(5);
    const bbc = path.join(dir, (await readdir(dir)).find((n) => n.startsWith('001_') && n.endsWith('.txt'))!);
    await writeFile(bbc, `${first.articles[1]!.text}\nOne more line.\n`);
    const spiegelMeta = path.join(dir, (await readdir(dir)).find((n) => n.startsWith('002_') && n.endsWith('.meta.json'))!);
    const meta = JSON.parse(await readFile(spiegelMeta, 'utf8'));
    await writeFile(spiegelMeta, JSON.stringify({ ...meta, title: 'A new title' }));
    const second = await loadSeeds(dir, first.stamps);
    const byId = (r: typeof first, id: string) => r.articles.find((a) => a.id.startsWith(id))!;
    // Unchanged files: the very same objects, not read again.
    for (const id of ['000', '003', '004']) expect(byId(second, id)).toBe(byId(first, id));
    expect(byId(second, '001').text.endsWith('One more line.\n')).toBe(true);
    expect(byId(second, '001').hash).not.toBe(byId(first, '001').hash);
    expect(byId(second, '002').meta.title).toBe('A new title');
    await rm(dir, { recursive: true });
  });

  it('a file that turns bad is skipped with its warning, the rest still load', async () => {
    const dir = await seedsCopy();
    const first = await loadSeeds(dir);
    const file = first.articles[3]!.file;
    await writeFile(file, Buffer.from([0x66, 0x00, 0x67]));
    const second = await loadSeeds(dir, first.stamps);
    expect(second.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '004']);
    expect(second.warnings).toContainEqual({ source: file, message: 'the file is binary (it contains NUL bytes); skipped' });
    await rm(dir, { recursive: true });
  });
});
