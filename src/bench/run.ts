import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeCorpus } from './corpus.js';
import type { Run } from './measure.js';
import type { SizeRun } from './articleSize.js';

// `npm run bench -- [--json] [--sizes 5,1000,10000] [--queries 2000] [--seed N] [--article-kb 100,1000]`: builds and
// queries synthetic corpora, then times the extraction of single quote-dense articles of the given sizes.
const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    sizes: { type: 'string', default: '5,1000,10000' },
    queries: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20220121' },
    'article-kb': { type: 'string', default: '100,1000' },
  },
});
const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`bench: --sizes must be whole numbers separated by commas, got "${values.sizes}"\n`);
  process.exit(2);
}
const run = promisify(execFile);
const runs: Run[] = [];
for (const n of sizes) {
  const dir = path.join(tmpdir(), `parley-bench-${n}-${values.seed}`);
  if (!existsSync(path.join(dir, `${String(n - 1).padStart(6, '0')}_synthetic.txt`))) await writeCorpus(dir, n, Number(values.seed));
  const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
  const { stdout } = await run(tsx, [path.resolve(import.meta.dirname, 'measure.ts'), dir, values.queries!], { maxBuffer: 1 << 24 });
  const r = JSON.parse(stdout) as Run;
  runs.push(r);
  if (!values.json) process.stderr.write(`measured ${n} articles\n`);
}
const tsxBin = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const { stdout: sizeOut } = await run(tsxBin, [path.resolve(import.meta.dirname, 'articleSize.ts'), values['article-kb']!], { maxBuffer: 1 << 20 });
const articleSizes = JSON.parse(sizeOut) as SizeRun[];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (values.json) {
  process.stdout.write(`${JSON.stringify({ machine, runs, articleSizes }, null, 2)}\n`);
} else {
  const rows = runs.map((r) => [
    r.articles, r.bytes, r.baselineMs, r.buildMs, (r.buildMs / Math.max(1, r.baselineMs)).toFixed(1), r.rssMB, r.refreshOneMs, r.refreshAgainMs, r.restartMs,
    `${r.latency.quote.p50}/${r.latency.quote.p99}`, `${r.latency.fact.p50}/${r.latency.fact.p99}`, `${r.latency.timeline.p50}/${r.latency.timeline.p99}`,
    `${r.latency.autocomplete.p50}/${r.latency.autocomplete.p99}`, `${r.latencyDuringRefresh.p50}/${r.latencyDuringRefresh.p99}/${r.latencyDuringRefresh.max} (${r.latencyDuringRefresh.answered})`,
  ].map(String));
  const header = ['articles', 'bytes', 'baselineMs', 'buildMs', 'build/base', 'rssMB', 'refreshOneMs', 'refreshAgainMs', 'restartMs', 'quote p50/p99', 'fact p50/p99', 'timeline p50/p99', 'autocomplete p50/p99', 'quote during refresh p50/p99/max'];
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  process.stdout.write(`${machine}\n${table.map((r) => r.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n')}\n`);
  process.stdout.write(`one article, quote-dense: ${articleSizes.map((a) => `${a.kb} KB ${a.ms} ms (${a.quotes} quotes, ${a.msPerMB} ms/MB)`).join('; ')}\n`);
}
