import { parentPort } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/article.js';
import type { SeedStamps } from '../ingest/load.js';
import { buildIndexes, serialiseIndexes } from './build.js';
import { describeBuildError, rebuildData } from './rebuild.js';

/**
 * The refresh worker: reads the seeds folder and builds the knowledge base off the main thread, keeping each
 * article's extraction by content so that the next refresh re-reads only what changed. It sends back the plain
 * data and the serialised search indexes.
 */
export interface RefreshRequest {
  id: number;
  dir: string;
  full: boolean;
}

let cache = new Map<string, ArticleExtraction>();
let stamps: SeedStamps | undefined;

parentPort!.on('message', async (req: RefreshRequest) => {
  try {
    // A full rebuild reads every article again: let the old extractions go first rather than hold both.
    if (req.full) cache = new Map();
    const rebuilt = await rebuildData(req.dir, cache, req.full, stamps);
    cache = rebuilt.cache;
    stamps = rebuilt.stamps;
    const data = rebuilt.data;
    const { message, transfer } = serialiseIndexes(buildIndexes(data));
    parentPort!.postMessage({ id: req.id, ok: true, data, indexes: message }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, error: describeBuildError(err) });
  }
});
