import { parseArgs } from 'node:util';
import { loadSeeds, SeedsError } from '../ingest/load.js';
import { addArticle } from '../ingest/addArticle.js';
import { extractArticle } from '../extract/article.js';
import { buildKnowledgeBase } from '../kb/build.js';
import { exportKnowledgeBase, statsTable } from '../kb/export.js';

const USAGE = `usage: npm run kb -- <export|stats|add URL-OR-FILE> [--seeds DIR]
  export   print the whole knowledge base as JSON on stdout (warnings on stderr)
  stats    print counts per article and kind
  add      add an article from a link or a .html/.htm/.txt/.md file, read like a reader view
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
  if (command === 'add') return add(parsed.positionals[1], parsed.values.seeds ?? (process.env.SEEDS_DIR || 'seeds'));
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

/** `npm run kb -- add`: one line saying what came in, exit 0; or one line saying why not, exit 1. */
async function add(source: string | undefined, dir: string): Promise<number> {
  if (!source) {
    process.stderr.write(`kb: add needs a link or a file\n${USAGE}\n`);
    return 2;
  }
  try {
    const { id, article } = await addArticle(dir, source, { allowPrivate: process.env.ALLOW_PRIVATE_URLS === '1' });
    const x = extractArticle(article, { date: article.meta.published ?? null, source: article.meta.published ? 'metadata' : 'none' });
    const speakers = new Set(x.quotes.map((q) => q.speaker).filter(Boolean)).size;
    const what = [article.meta.title, article.meta.outlet, article.meta.published].filter(Boolean).join(' · ');
    process.stdout.write(`added ${id}: ${what || 'untitled'}; ${x.quotes.length} quotes from ${speakers} speakers, ${x.events.length} dated events\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`kb: could not add ${source.slice(0, 200)}: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
