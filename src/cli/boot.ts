import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { SeedsError } from '../ingest/load.js';
import { KnowledgeStore } from '../refresh/store.js';
import { BuildTimeout } from '../refresh/buildErrors.js';
import { warmUp } from '../query/answers.js';

/** Reads .env and the environment, and builds the knowledge base; a bad setting or seeds folder ends with one line. */
export async function boot(): Promise<{ config: Config; store: KnowledgeStore }> {
  dotenv.config({ quiet: true });
  try {
    const config = loadConfig(process.env);
    // Refreshes build in a worker thread, so the bot keeps answering while the articles are read again.
    const store = await KnowledgeStore.open(config.SEEDS_DIR, { worker: true, prepare: warmUp, buildTimeoutMs: config.REFRESH_TIMEOUT_S * 1000, stateDir: config.STATE_DIR });
    for (const w of store.kb.warnings) process.stderr.write(`warning: ${w.source}: ${w.message}\n`);
    return { config, store };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof SeedsError || err instanceof BuildTimeout) {
      process.stderr.write(`parley: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
