import { parentPort } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/article.js';
import { loadSeeds, SeedsError } from '../ingest/load.js';
import { buildIndexes, buildKnowledgeData, serialiseIndexes } from './build.js';

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

parentPort!.on('message', async (req: RefreshRequest) => {
  try {
    const { articles, warnings } = await loadSeeds(req.dir);
    const next = new Map<string, ArticleExtraction>();
    if (!req.full) for (const [k, v] of cache) next.set(k, v);
    const data = buildKnowledgeData(articles, { warnings, cache: next });
    const live = new Set(data.articles.map((a) => `${a.id}|${a.hash}`));
    cache = new Map([...next].filter(([, x]) => live.has(`${x.article.id}|${x.article.hash}`)));
    const indexes = serialiseIndexes(buildIndexes(data));
    parentPort!.postMessage({ id: req.id, ok: true, data, indexes });
  } catch (err) {
    const error = err instanceof SeedsError ? err.message : `the build failed: ${(err as Error).message}`;
    parentPort!.postMessage({ id: req.id, ok: false, error });
  }
});
