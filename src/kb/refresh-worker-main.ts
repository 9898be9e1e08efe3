import { parentPort } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/article.js';
import type { SeedStamps } from '../ingest/load.js';
import { BuildMemo, buildIndexes, DATA_LISTS, sameItems, serialiseIndexes, type KnowledgeData } from './build.js';
import { recipesFor } from './handover.js';
import { describeBuildError, rebuildData } from './rebuild.js';
import { ExtractionDisk } from './extractionDisk.js';
import type { Warning } from '../model.js';

/**
 * The refresh worker: reads the seeds folder and builds the knowledge base off the main thread, keeping each
 * article's extraction by content so that the next refresh re-reads only what changed. It sends back the plain
 * data and the serialised search indexes.
 */
export interface RefreshRequest {
  id: number;
  dir: string;
  full: boolean;
  /** The build whose knowledge base the main thread holds (null: none of this worker's). */
  base: number | null;
  /** Where extractions are kept between runs (see ExtractionDisk); none kept without it. */
  stateDir?: string;
}

/** The long lists are sent in parts of this many items (see WorkerReply in store.ts). */
const PART = 2000;

let cache = new Map<string, ArticleExtraction>();
/** The extractions on disk, read once when the worker's first build starts. */
let disk: ExtractionDisk | null = null;
let stamps: SeedStamps | undefined;
let memo = new BuildMemo();
/** The last build sent, to send the next one as what changed from it. */
let last: { id: number; data: KnowledgeData } | null = null;

/** Resolves when the main thread has taken in the last part and asks for the next. */
let nextPart: (() => void) | null = null;
const partTaken = () => new Promise<void>((resolve) => (nextPart = resolve));

parentPort!.on('message', async (req: RefreshRequest | { next: true }) => {
  if ('next' in req) {
    nextPart?.();
    return;
  }
  try {
    // A full rebuild reads every article again: let the old extractions go first rather than hold both.
    if (req.full) {
      cache = new Map();
      memo = new BuildMemo();
      last = null;
    }
    const stored: Warning[] = [];
    if (req.stateDir && !disk) {
      // A restart: the articles extracted last time, unless they changed, need no extracting now.
      disk = new ExtractionDisk(req.stateDir);
      const { cache: read, skipped } = disk.load();
      if (!req.full) cache = read;
      if (skipped) stored.push({ source: disk.dir, message: `${skipped} stored extraction(s) could not be used (damaged, or from another version) and were made again` });
    }
    const rebuilt = await rebuildData(req.dir, cache, req.full, stamps, memo);
    cache = rebuilt.cache;
    stamps = rebuilt.stamps;
    try {
      disk?.save(cache);
    } catch (err) {
      stored.push({ source: disk!.dir, message: `the extractions could not be kept for the next start: ${(err as Error).message}` });
    }
    const data: KnowledgeData = stored.length ? { ...rebuilt.data, warnings: [...rebuilt.data.warnings, ...stored] } : rebuilt.data;
    // Only what the main thread does not hold already; everything when it holds another build than the last.
    const held = last && last.id === req.base ? last.data : null;
    const { message, transfer } = serialiseIndexes(buildIndexes(data, memo), { samePeople: held !== null && sameItems(held.people, data.people) });
    const { recipes, fresh } = recipesFor(held, data);
    last = { id: req.id, data };
    // The long lists go in parts, each sent when the main thread asks for it: a port hands over every message
    // waiting for it in one go, so parts sent all at once would block it as long as one big message would.
    for (const key of DATA_LISTS) {
      const list = fresh[key]!;
      for (let i = 0; i < list.length; i += PART) {
        const taken = partTaken();
        parentPort!.postMessage({ id: req.id, part: key, items: list.slice(i, i + PART) });
        await taken;
      }
    }
    const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !(DATA_LISTS as readonly string[]).includes(k)));
    parentPort!.postMessage({ id: req.id, ok: true, data: rest, recipes, indexes: message, extracted: rebuilt.extracted }, [...transfer, ...Object.values(recipes).map((r) => r.buffer as ArrayBuffer)]);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, error: describeBuildError(err) });
  }
});
