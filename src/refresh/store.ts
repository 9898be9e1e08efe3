import { folderFingerprint, loadSeeds, SeedsError, type SeedStamps } from '../ingest/load.js';
import type { Quote, TimelineEvent, Warning } from '../model.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction } from '../extract/article.js';
// (The build itself, extraction and all, is imported only by a store that builds in this thread: a process that
// answers and leaves building to the worker never loads the extractors, half a second of its start.)
import type { BuildMemo } from '../kb/build.js';
import { buildIndexes, loadIndexes, type IndexesMessage } from '../kb/indexes.js';
import { DATA_LISTS, type Change, type KnowledgeBase, type KnowledgeData } from '../kb/knowledge.js';
import { withIndexes, withIndexesSlowly } from '../kb/lookup.js';
import { BuildTimeout, describeBuildError } from './buildErrors.js';
import { changeByRecipe, follow, type Recipes } from './handover.js';
import { readSnapshot, snapshotFile } from './snapshot.js';
import { changeOf, diff, eventKey, quoteKey } from './changes.js';

/**
 * What the worker sends for one build: the long lists in parts (`part` names the list), then the rest of the data
 * and the indexes, or the error.
 */
type WorkerReply =
  | { id: number; part: keyof KnowledgeData; items: unknown[] }
  | { id: number; ok: true; data: Partial<KnowledgeData>; recipes: Recipes; indexes: IndexesMessage; extracted: number }
  | { id: number; ok: true; same: true; extracted: number }
  | { id: number; ok: false; error: string };

export interface RefreshResult {
  ok: boolean;
  /** Why the refresh failed (the old knowledge base keeps answering). */
  error?: string;
  /** This refresh waited for another one to finish first. */
  waited: boolean;
  /** Every article was read again (otherwise only files whose size or modification time changed). */
  full: boolean;
  added: { articles: string[]; quotes: number; events: number };
  removed: { articles: string[]; quotes: number; events: number };
  warnings: Warning[];
  builtAt: string;
}

type Built = { kb: KnowledgeBase; id: number | null; changes?: { quotes: Change<Quote>; events: Change<TimelineEvent> } };

/** How long after a start from a snapshot the worker begins its own build (see startFromSnapshot). */
const SETTLE_AFTER_MS = 2000;

/**
 * Holds the knowledge base that answers questions. A refresh builds a new one off to the side and swaps one
 * reference only if it built; refreshes run one after another.
 */
export class KnowledgeStore {
  private current: KnowledgeBase;
  private queue: Promise<unknown> = Promise.resolve();
  private running = 0;

  private worker: Worker | null = null;
  /** The files as last read, so that a refresh reads only those that changed. */
  private stamps: SeedStamps | undefined;
  private requests = 0;
  /** The worker's build that the current knowledge base came from (its next build is sent as changes from it). */
  private base: number | null = null;
  /** What the last build worked out per text (in-process builds; the worker keeps its own). */
  private memo: BuildMemo | undefined;

  constructor(
    kb: KnowledgeBase,
    readonly seedsDir: string,
    /** Each article's extraction by content, so a refresh reads again only what changed. */
    private cache = new Map<string, ArticleExtraction>(),
    /** Build refreshes in a worker thread, so answers keep coming while it builds. */
    private readonly useWorker = false,
    /** Called with each knowledge base before it starts answering, and the one it replaces (to build what answers need on first use, from what the last one built). */
    private readonly prepare: (kb: KnowledgeBase, previous?: KnowledgeBase) => void | Promise<void> = () => {},
  ) {
    this.current = kb;
  }

  static async open(
    seedsDir: string,
    options: {
      worker?: boolean;
      prepare?: (kb: KnowledgeBase, previous?: KnowledgeBase) => void | Promise<void>;
      workerHeapMb?: number;
      /** How long a build in the worker may take (see buildTimeoutMs). */
      buildTimeoutMs?: number;
      /** Where the worker keeps each article's extraction and the last build between runs (see ExtractionDisk, snapshot.ts). */
      stateDir?: string;
    } = {},
  ): Promise<KnowledgeStore> {
    if (options.worker) {
      // The first build happens in the worker too, so that its cache is warm for the first refresh.
      const store = new KnowledgeStore(null as unknown as KnowledgeBase, seedsDir, new Map(), true, options.prepare);
      if (options.workerHeapMb) store.workerHeapMb = options.workerHeapMb;
      if (options.buildTimeoutMs) store.buildTimeoutMs = options.buildTimeoutMs;
      store.stateDir = options.stateDir;
      try {
        if (await store.startFromSnapshot()) return store;
        const built = await store.buildInWorker(false);
        store.current = built.kb;
        store.base = built.id;
        await options.prepare?.(store.current);
      } catch (err) {
        await store.close();
        throw err;
      }
      return store;
    }
    const { articles, warnings, stamps } = await loadSeeds(seedsDir);
    const { BuildMemo, buildKnowledgeBase } = await import('../kb/build.js');
    const cache = new Map<string, ArticleExtraction>();
    const memo = new BuildMemo();
    const store = new KnowledgeStore(buildKnowledgeBase(articles, { warnings, cache, memo }), seedsDir, cache, false, options.prepare);
    store.memo = memo;
    await options.prepare?.(store.current);
    store.stamps = stamps;
    return store;
  }

  /**
   * Stops the refresh worker, if one runs, once it has saved the last build's snapshot (see snapshot.ts); a build
   * still running is stopped (its snapshot was never written).
   */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    if (this.stateDir && !this.asking) {
      await new Promise<void>((resolve) => {
        const done = (m: { flushed?: true }) => m.flushed && finish();
        const finish = () => {
          worker.off('message', done);
          worker.off('exit', finish);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(finish, 60_000);
        worker.on('message', done);
        worker.once('exit', finish);
        worker.postMessage({ flush: true });
      });
    }
    await worker.terminate();
  }

  /** Closed: a start's background build (see startFromSnapshot) is not begun. */
  private closed = false;

  /** A build is asked of the worker and not yet answered. */
  private asking = false;

  /** Whether this store started from a snapshot rather than a build (see startFromSnapshot). */
  startedFromSnapshot = false;

  /**
   * A start whose articles have not changed since the last build answers from that build's snapshot at once; the
   * worker then builds the same knowledge base in the background (reading back the stored extractions), so that the
   * next refresh has what a refresh keeps, and sends nothing when it matches. A refresh asked for meanwhile waits for
   * it. Returns false when there is no snapshot to start from.
   */
  private async startFromSnapshot(): Promise<boolean> {
    if (!this.stateDir) return false;
    const folder = await folderFingerprint(this.seedsDir);
    const snapshot = readSnapshot(this.stateDir, folder);
    if (snapshot && 'warning' in snapshot) this.startWarnings.push({ source: snapshotFile(this.stateDir), message: snapshot.warning });
    if (!snapshot || 'warning' in snapshot) return false;
    this.current = withIndexes(snapshot.data, await loadIndexes(snapshot.indexes, undefined, snapshot.data.people));
    await this.prepare(this.current);
    this.startedFromSnapshot = true;
    this.settling = { lists: snapshot.lists, folder };
    // (Not at once: the worker starting up slowed the first answers, a restart's first answer at 10,000 articles
    // 4.1-4.5 s against 3.2-4.1 s. The timer does not keep a process alive that has nothing else to do.)
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_MS).unref());
      if (!this.closed) await this.rebuild(false, false);
    };
    this.queue = this.queue.then(settle);
    return true;
  }

  /** The snapshot this store answers from, until the worker's first build is compared with it. */
  private settling: { lists: string; folder: string } | null = null;
  /** What the first build in the worker reports besides its own warnings. */
  private startWarnings: Warning[] = [];

  /**
   * The refresh worker's heap limit in MB. A limit makes V8 collect the build's garbage as it goes instead of
   * growing the heap (at 10,000 articles the process peaked at 1.6 GB without one, 1.25 GB with 1,024 MB); a
   * corpus that needs more doubles it (see buildInWorker).
   */
  workerHeapMb = 1024;

  /**
   * How long a build in the worker may take. A worker that hangs (a bug, a file system that never answers) would
   * otherwise hold this refresh and every one after it: past the limit the worker is stopped, the refresh fails with
   * the knowledge base from before still answering, and the next refresh starts a new worker (which reads every
   * article again, its cache gone with the old one).
   */
  buildTimeoutMs = 600_000;

  /** Where the worker keeps extractions between runs (none kept when unset). */
  private stateDir: string | undefined;

  /** How many articles the last build extracted (the others' extractions were kept, in memory or on disk). */
  extractedLastBuild: number | null = null;

  /** Builds the next knowledge base in the worker thread; only loading the indexes back happens here. */
  private async buildInWorker(full: boolean): Promise<Built> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.askWorker(full);
      } catch (err) {
        // Out of memory: the worker is gone with its cache. Start a new one with twice the limit and build again.
        if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY' || attempt >= 4) throw err;
        this.workerHeapMb *= 2;
        full = true;
      }
    }
  }

  private async askWorker(full: boolean): Promise<Built> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./refresh-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb } });
      this.worker.unref();
    }
    const worker = this.worker;
    const id = ++this.requests;
    // While a build is asked for, the worker keeps the process alive (someone awaits it); idle, it does not.
    worker.ref();
    const parts: Record<string, unknown[]> = Object.fromEntries(DATA_LISTS.map((k) => [k, []]));
    let timer: NodeJS.Timeout | undefined;
    this.asking = true;
    const reply = await new Promise<Exclude<WorkerReply, { part: string }>>((resolve, reject) => {
      const stopListening = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        if ('part' in m) {
          const list = parts[m.part]!;
          for (const item of m.items) list.push(item);
          // Ask for the next part after a turn of the event loop, so that answers waiting get in between.
          setImmediate(() => worker.postMessage({ next: true }));
          return;
        }
        stopListening();
        resolve(m);
      };
      const onError = (err: Error) => {
        stopListening();
        this.worker = null;
        reject(err);
      };
      // (Stopped by close() while it built.)
      const onExit = () => {
        stopListening();
        if (this.worker === worker) this.worker = null;
        reject(new Error('the refresh worker was stopped before the build was done'));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const first = { snapshot: this.settling ?? undefined, warnings: this.startWarnings.splice(0) };
      this.settling = null;
      worker.postMessage({ id, dir: this.seedsDir, full, base: this.base, ...(this.stateDir ? { stateDir: this.stateDir } : {}), ...first });
      timer = setTimeout(() => {
        stopListening();
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        reject(new BuildTimeout(`the build took over ${this.buildTimeoutMs / 1000} s (REFRESH_TIMEOUT_S) and was stopped`));
      }, this.buildTimeoutMs);
    }).finally(() => {
      this.asking = false;
      clearTimeout(timer);
      worker.unref();
    });
    if (!reply.ok) throw new SeedsError(reply.error);
    this.extractedLastBuild = reply.extracted;
    if ('same' in reply) return { kb: this.current, id, changes: { quotes: { gone: [], fresh: [] }, events: { gone: [], fresh: [] } } };
    // The lists from the knowledge base held now and the items sent (all of them, unless the worker built it).
    const before = this.current;
    // A list at a time, with a turn of the event loop between (in a full refresh every list is all new).
    const lists: Record<string, unknown[]> = {};
    const changes: Record<string, Change<object>> = {};
    for (const key of DATA_LISTS) {
      lists[key] = follow(before?.[key] ?? [], reply.recipes[key]!, parts[key]!);
      changes[key] = changeByRecipe<object>(before?.[key] ?? [], reply.recipes[key]!, parts[key]! as object[]);
      await nextTurn();
    }
    const kb = await withIndexesSlowly({ ...reply.data, ...lists } as unknown as KnowledgeData, await loadIndexes(reply.indexes, before?.index), before ? { lookup: before.lookup, changes } : undefined);
    return { kb, id, changes: { quotes: changes.quotes as Change<Quote>, events: changes.events as Change<TimelineEvent> } };
  }

  get kb(): KnowledgeBase {
    return this.current;
  }

  /** Resolves when no build is running or waiting (the one after a start from a snapshot included). */
  async idle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /** Rebuilds from the seeds folder; `full` ignores the cache and reads every article again. */
  refresh(options: { full?: boolean } = {}): Promise<RefreshResult> {
    const waited = this.running > 0;
    this.running++;
    const run = this.queue.then(() => this.rebuild(waited, options.full ?? false));
    this.queue = run.catch(() => undefined).finally(() => this.running--);
    return run;
  }

  private async buildHere(full: boolean): Promise<KnowledgeBase> {
    const { BuildMemo } = await import('../kb/build.js');
    const { rebuildData } = await import('./rebuild.js');
    // A full rebuild reads every article again: let the old extractions go first rather than hold both.
    if (full || !this.memo) {
      this.cache = full ? new Map() : this.cache;
      this.memo = new BuildMemo();
    }
    const { data, cache, stamps } = await rebuildData(this.seedsDir, this.cache, full, this.stamps, this.memo);
    this.cache = cache;
    this.stamps = stamps;
    return withIndexes(data, buildIndexes(data, this.memo));
  }

  private async rebuild(waited: boolean, full: boolean): Promise<RefreshResult> {
    const before = this.current;
    const empty = { articles: [], quotes: 0, events: 0 };
    try {
      const built: Built = this.useWorker ? await this.buildInWorker(full) : { kb: await this.buildHere(full), id: null };
      const next = built.kb;
      const oldIds = new Set(before.articles.map((a) => a.id));
      const newIds = new Set(next.articles.map((a) => a.id));
      const quoteChange = built.changes?.quotes ?? (await changeOf(before.quotes, next.quotes));
      const eventChange = built.changes?.events ?? (await changeOf(before.events, next.events));
      const q = await diff(quoteChange, quoteKey);
      const e = await diff(eventChange, eventKey);
      // What the warm-up may take from the last knowledge base: after a small change only (matching the lists of
      // a full refresh item by item would be one long pause, and nothing is kept).
      const small = !full && quoteChange.fresh.length * 8 < next.quotes.length && eventChange.fresh.length * 8 < next.events.length;
      if (next !== before) await this.prepare(next, small ? before : undefined);
      this.current = next;
      this.base = built.id;
      return {
        ok: true,
        waited,
        full,
        added: { articles: [...newIds].filter((id) => !oldIds.has(id)), quotes: q.added, events: e.added },
        removed: { articles: [...oldIds].filter((id) => !newIds.has(id)), quotes: q.removed, events: e.removed },
        warnings: [...next.warnings],
        builtAt: next.builtAt,
      };
    } catch (err) {
      return { ok: false, error: describeBuildError(err), waited, full, added: empty, removed: empty, warnings: [], builtAt: before.builtAt };
    }
  }
}
