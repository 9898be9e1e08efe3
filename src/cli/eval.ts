import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeeds } from '../ingest/load.js';
import { buildKnowledgeBase } from '../kb/build.js';
import { readLabels } from '../eval/labels.js';
import { report, score } from '../eval/score.js';

const USAGE = `usage: npm run eval -- [--json] [--verbose] [DIR] [--labels LABELS_DIR]
  scores the knowledge base built from DIR (default tests/corpus) against the *.labels.json files
  in LABELS_DIR (default: DIR itself, or tests/gold/seeds for the seeds folder)`;

/** `npm run eval`: right speakers, article dates, events and people against a labelled folder. Returns the exit code. */
const OPTIONS = { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, labels: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dir = path.resolve(parsed.positionals[0] ?? path.join(root, 'tests', 'corpus'));
  // The seeds folder holds only articles and their metadata; its labels live with the tests.
  const labelsDir = parsed.values.labels ?? (dir === path.join(root, 'seeds') ? path.join(root, 'tests', 'gold', 'seeds') : dir);
  try {
    const labels = await readLabels(labelsDir);
    if (labels.size === 0) {
      process.stderr.write(`eval: ${labelsDir}: no *.labels.json files\n`);
      return 1;
    }
    const { articles, warnings } = await loadSeeds(dir);
    const kb = buildKnowledgeBase(articles, { warnings });
    const result = score(kb, labels);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : `${report(result, parsed.values.verbose)}\n`);
    return 0;
  } catch (err) {
    // A missing folder, a bad label file (named in the message) or an unloadable seeds folder: one line, exit 1.
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
