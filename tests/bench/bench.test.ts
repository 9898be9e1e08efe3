import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DENSE_SPEAKERS, denseArticle } from '../../src/bench/articleSize.js';
import { generateArticle, mulberry32 } from '../../src/bench/corpus.js';
import { extractArticle } from '../../src/extract/article.js';
import { hashText } from '../../src/ingest/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the synthetic corpus', () => {
  it('is deterministic: the same seed gives the same articles', () => {
    const a = generateArticle(mulberry32(42), 3);
    const b = generateArticle(mulberry32(42), 3);
    expect(a).toEqual(b);
    expect(generateArticle(mulberry32(43), 3).text).not.toBe(a.text);
    expect(a.name).toBe('000003_synthetic.txt');
  });

  it('is in the shape of the seeds: quotes with speakers, dated events, people with titles', () => {
    const rand = mulberry32(7);
    let quotes = 0;
    let attributed = 0;
    let events = 0;
    for (let i = 0; i < 30; i++) {
      const { text } = generateArticle(rand, i);
      const x = extractArticle({ id: `s${i}`, file: `s${i}.txt`, text, meta: {}, hash: hashText(text) }, { date: '2022-01-21', source: 'metadata' });
      quotes += x.quotes.length;
      attributed += x.quotes.filter((q) => q.speakerId).length;
      events += x.events.length;
    }
    expect(quotes).toBeGreaterThan(100);
    expect(attributed / quotes).toBeGreaterThan(0.8);
    expect(events).toBeGreaterThan(30);
  });
});

describe('a quote-dense article at any length (the per-size benchmark row)', () => {
  it('gives every paragraph its two quotes and their speaker, however many paragraphs (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (paragraphs) => {
        const text = denseArticle(0.05 + paragraphs * 0.17);
        const x = extractArticle({ id: 'd', file: 'd.txt', text, meta: {}, hash: hashText(text) }, { date: '2024-03-03', source: 'dateline' });
        const n = text.split('\n\n').filter((p) => p.startsWith('Minister ')).length;
        expect(x.quotes).toHaveLength(2 * n);
        const names = new Map(x.people.map((p) => [p.key, p.names[0]]));
        x.quotes.forEach((q, i) => {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(names.get(q.speakerId!)).toBe(DENSE_SPEAKERS[Math.floor(i / 2) % DENSE_SPEAKERS.length]);
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('npm run bench', () => {
  it('runs on a small size and prints the documented JSON', async () => {
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/bench/run.ts', '--json', '--sizes', '5', '--queries', '20', '--article-kb', '20,40'], { cwd: ROOT });
    const out = JSON.parse(stdout);
    expect(out.machine).toMatch(/Node v\d+/);
    expect(out.runs).toHaveLength(1);
    const r = out.runs[0];
    expect(r.articles).toBe(5);
    for (const k of ['bytes', 'buildMs', 'baselineMs', 'rssMB', 'refreshOneMs', 'refreshAgainMs', 'restartMs']) expect(typeof r[k]).toBe('number');
    for (const k of ['quote', 'fact', 'timeline', 'autocomplete']) expect(Object.keys(r.latency[k])).toEqual(['p50', 'p99']);
    expect(out.articleSizes.map((a: { kb: number }) => a.kb)).toEqual([20, 40]);
    for (const a of out.articleSizes) expect(a.quotes % 2 === 0 && a.quotes > 100).toBe(true);
    for (const a of out.articleSizes) expect(typeof a.msPerMB).toBe('number');
  }, 60_000);

  it('measures the search index with a large vocabulary (npm run bench:terms), and names a bad option', async () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, ['src/bench/terms.ts', '--terms', '3000', '--docs', '400'], { cwd: ROOT });
    const out = JSON.parse(stdout);
    expect(out.docs).toBe(400);
    expect(out.terms).toBeGreaterThan(1000);
    expect(out.terms).toBeLessThanOrEqual(3000);
    for (const k of ['rebuildMs', 'loadMs', 'longestTurnMs', 'loadChangedMs', 'longestChangedTurnMs', 'loadSameMs', 'firstSearchMs']) expect(typeof out[k]).toBe('number');
    const bad = await promisify(execFile)(tsx, ['src/bench/terms.ts', '--terms', 'many'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2, stderr: 'bench:terms: --terms and --docs must be whole numbers, got "many" and "60000"\n' });
  }, 60_000);

  it('refuses sizes that are not whole numbers, naming the option', async () => {
    const err = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/bench/run.ts', '--sizes', '5,abc'], { cwd: ROOT }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toBe('bench: --sizes must be whole numbers separated by commas, got "5,abc"\n');
  }, 30_000);
});
