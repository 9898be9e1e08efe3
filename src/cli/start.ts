import { loadSeeds, SeedsError } from '../ingest/load.js';
import { buildKnowledgeBase } from '../kb/build.js';
import { statsTable } from '../kb/export.js';

// Interim entry point until the Discord adapter and console land: builds the knowledge base and shows what it holds.
try {
  const dir = process.env.SEEDS_DIR || 'seeds';
  const { articles, warnings } = await loadSeeds(dir);
  for (const w of warnings) process.stderr.write(`warning: ${w.source}: ${w.message}\n`);
  process.stdout.write(`${statsTable(buildKnowledgeBase(articles, { warnings }))}\n`);
} catch (err) {
  if (!(err instanceof SeedsError)) throw err;
  process.stderr.write(`parley: ${err.message}\n`);
  process.exitCode = 1;
}
