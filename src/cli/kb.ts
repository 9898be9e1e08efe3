import { parseArgs } from 'node:util';
import { loadSeeds, SeedsError } from '../ingest/load.js';
import { buildKnowledgeBase } from '../kb/build.js';
import { exportKnowledgeBase, statsTable } from '../kb/export.js';

const USAGE = `usage: npm run kb -- <export|stats> [--seeds DIR]
  export   print the whole knowledge base as JSON on stdout (warnings on stderr)
  stats    print counts per article and kind
  --seeds  the folder of articles (default: $SEEDS_DIR or seeds/)`;

/** `npm run kb`: inspect the knowledge base from the command line. Returns the exit code. */
const OPTIONS = { seeds: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (err) {
    process.stderr.write(`kb: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  if (command !== 'export' && command !== 'stats') {
    process.stderr.write(`kb: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  const dir = parsed.values.seeds ?? (process.env.SEEDS_DIR || 'seeds');
  try {
    const t0 = performance.now();
    const { articles, warnings } = await loadSeeds(dir);
    const t1 = performance.now();
    for (const w of warnings) process.stderr.write(`warning: ${w.source}: ${w.message}\n`);
    const kb = buildKnowledgeBase(articles, { warnings });
    const t2 = performance.now();
    if (command === 'export') process.stdout.write(`${JSON.stringify(exportKnowledgeBase(kb), null, 2)}\n`);
    else process.stdout.write(`${statsTable(kb)}\nread ${(t1 - t0).toFixed(1)} ms, built in ${(t2 - t1).toFixed(1)} ms (first build in this process, cold)\n`);
    return 0;
  } catch (err) {
    if (err instanceof SeedsError) {
      process.stderr.write(`kb: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
