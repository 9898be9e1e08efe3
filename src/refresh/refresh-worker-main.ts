import { parentPort } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/article.js';
import type { SeedStamps } from '../ingest/load.js';
import { BuildMemo, DATA_LISTS, type KnowledgeData } from '../kb/build.js';
import { buildIndexes, indexParts, sameItems, serialiseIndexes } from '../kb/indexes.js';
import { recipesFor } from './handover.js';
import { describeBuildError } from './buildErrors.js';
import { rebuildData } from './rebuild.js';
import { ExtractionDisk } from './extractionDisk.js';
import { contentHash, writeSnapshot } from './snapshot.js';
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
  /** Where extractions and the snapshot are kept between runs (see ExtractionDisk, snapshot.ts); none kept without it. */
  stateDir?: string;
  /**
   * The snapshot the main thread answers from since it started (its lists' hash and the folder's fingerprint then):
   * a build that makes the same lists replies `same` and sends nothing.
   */
  snapshot?: { lists: string; folder: string };
  /** Warnings the main thread found (a snapshot it could not read), to report with this build's. */
  warnings?: Warning[];
}

/**
 * How long the worker waits with nothing to do before writing the last build's snapshot (and on close, at once).
 * Writing beside answers slowed them (at 10,000 articles, written two seconds after a build, /quote p99 3 -> 7-11 ms).
 */
const SNAPSHOT_AFTER_MS = 30_000;

/** The long lists are sent in parts of this many items (see WorkerReply in store.ts). */
const PART = 2000;

let cache = new Map<string, ArticleExtraction>();
/** The extractions on disk, read once when the worker's first build starts. */
let disk: ExtractionDisk | null = null;
let stamps: SeedStamps | undefined;
let memo = new BuildMemo();
/** The last build sent, to send the next one as what changed from it. */
let last: { id: number; data: KnowledgeData } | null = null;

/** The last build's snapshot, written when the worker has been idle for SNAPSHOT_AFTER_MS (or asked to flush). */
let unsaved: { stateDir: string; folder: string; data: KnowledgeData } | null = null;
let saveTimer: NodeJS.Timeout | undefined;
/** Counts builds begun: a snapshot being written stops when a newer build begins. */
let builds = 0;

async function saveSnapshot(): Promise<void> {
  clearTimeout(saveTimer);
  const todo = unsaved;
  if (!todo) return;
  const begun = builds;
  try {
    // The indexes are built again from the memo, which holds this build's tokens while no newer build has begun (a
    // fifth of a second at 10,000 articles): the build's own went to the main thread, and copying them before they
    // went took as long, in every refresh.
    if (await writeSnapshot(todo.stateDir, todo.folder, todo.data, indexParts(todo.data, memo), () => builds !== begun)) if (unsaved === todo) unsaved = null;
  } catch {
    // (Not kept: the next start builds instead. A STATE_DIR that cannot be written is reported with the extractions.)
    if (unsaved === todo) unsaved = null;
  }
}

/** Resolves when the main thread has taken in the last part and asks for the next. */
let nextPart: (() => void) | null = null;
const partTaken = () => new Promise<void>((resolve) => (nextPart = resolve));

parentPort!.on('message', async (req: RefreshRequest | { next: true } | { flush: true }) => {
  if ('next' in req) {
    nextPart?.();
    return;
  }
  if ('flush' in req) {
    await saveSnapshot();
    parentPort!.postMessage({ flushed: true });
    return;
  }
  builds++;
  clearTimeout(saveTimer);
  try {
    // A full rebuild reads every article again: let the old extractions go first rather than hold both.
    if (req.full) {
      cache = new Map();
      memo = new BuildMemo();
      last = null;
    }
    const stored: Warning[] = [...(req.warnings ?? [])];
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
    if (req.snapshot && (await contentHash(data)) === req.snapshot.lists) {
      // The main thread answers from a snapshot of this very knowledge base: keep this build for the next refresh.
      last = { id: req.id, data };
      // (The indexes' tokens, kept for the next refresh.)
      buildIndexes(data, memo);
      if (rebuilt.fingerprint !== req.snapshot.folder) unsaved = { stateDir: req.stateDir!, folder: rebuilt.fingerprint, data };
      parentPort!.postMessage({ id: req.id, ok: true, same: true, extracted: rebuilt.extracted });
      if (unsaved) saveTimer = setTimeout(saveSnapshot, SNAPSHOT_AFTER_MS);
      return;
    }
    // Only what the main thread does not hold already; everything when it holds another build than the last.
    const held = last && last.id === req.base ? last.data : null;
    const { message, transfer } = serialiseIndexes(buildIndexes(data, memo), { samePeople: held !== null && sameItems(held.people, data.people) });
    if (req.stateDir) unsaved = { stateDir: req.stateDir, folder: rebuilt.fingerprint, data };
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
    if (unsaved) saveTimer = setTimeout(saveSnapshot, SNAPSHOT_AFTER_MS);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, error: describeBuildError(err) });
  }
});

