import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { readPage } from '../ingest/html.js';

/**
 * `npm run bench:html -- [--json] [--dir DIR]`: reads the 181 pages of ../shared/corpora/article-extraction with
 * readPage and scores the text against the hand-checked article bodies, with the metric of that corpus's README:
 * shingles of 4 word tokens counted as multisets, each page's tp, fp and fn divided by their sum, precision and recall
 * the means over pages, F1 from the two means.
 */
export interface HtmlScore {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const s = tokens.slice(i, i + 4).join(' ');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** One page's precision and recall by the corpus's metric. */
export function pageScore(extracted: string, truth: string): { precision: number; recall: number } {
  const got = shingles(extracted);
  const want = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of got) {
    const m = want.get(s) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [s, m] of want) fn += Math.max(0, m - (got.get(s) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  const [t, p, n] = [tp / total, fp / total, fn / total];
  return { precision: t + p === 0 ? (n === 0 ? 1 : 0) : t / (t + p), recall: t + n === 0 ? (p === 0 ? 1 : 0) : t / (t + n) };
}

export async function scoreCorpus(dir: string): Promise<HtmlScore> {
  const truth = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = (await readdir(path.join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  let precision = 0;
  let recall = 0;
  for (const f of files) {
    const id = f.replace(/\.html\.gz$/, '');
    const html = gunzipSync(await readFile(path.join(dir, 'html', f))).toString('utf8');
    const page = readPage(html, truth[id]?.url);
    const s = pageScore(page?.text ?? '', truth[id]?.articleBody ?? '');
    precision += s.precision;
    recall += s.recall;
  }
  const p = precision / files.length;
  const r = recall / files.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { pages: files.length, f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)), precision: round(p), recall: round(r) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string', default: path.resolve(import.meta.dirname, '../../../shared/corpora/article-extraction') } } });
  const s = await scoreCorpus(values.dir!);
  process.stdout.write(values.json ? `${JSON.stringify(s)}\n` : `${s.pages} pages: F1 ${s.f1}, precision ${s.precision}, recall ${s.recall}\n`);
}
