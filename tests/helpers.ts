import { mkdtemp, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { hashText, loadSeeds } from '../src/ingest/load.js';
import { exportKnowledgeBase } from '../src/kb/export.js';
import { KnowledgeStore } from '../src/refresh/store.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../src/kb/build.js';
import type { SourceArticle } from '../src/model.js';

export const SEEDS = path.resolve(import.meta.dirname, '..', 'seeds');

/** An article written for a test, as the loader would give it: its id, its text, and a publication date if any. */
export const sourceArticle = (id: string, text: string, published?: string): SourceArticle => ({ id, file: `${id}.txt`, text, meta: published ? { published } : {}, hash: hashText(text) });

let cached: Promise<KnowledgeBase> | undefined;
/** The knowledge base built from the real seeds, once per test file. */
export function seedKb(): Promise<KnowledgeBase> {
  cached ??= loadSeeds(SEEDS).then(({ articles, warnings }) => buildKnowledgeBase(articles, { warnings, builtAt: '2022-01-22T00:00:00.000Z' }));
  return cached;
}

const made: string[] = [];

/** A fresh temporary folder, removed after the test file has run (tests/setup.ts). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made. */
export async function removeTempDirs(): Promise<void> {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** A fresh temporary folder holding a copy of the real seeds. */
export async function seedsCopy(): Promise<string> {
  const dir = await tempDir('parley-seeds-');
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

/** The one quote in an article (by its number prefix, "001") whose text starts with `start`. */
export function quoteOf(kb: KnowledgeBase, article: string, start: string) {
  const found = kb.quotes.filter((q) => q.articleId.startsWith(article) && q.text.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one quote in ${article} starting ${JSON.stringify(start)}, found ${found.length}`);
  return found[0]!;
}

/**
 * Opens a store that builds in the worker, keeping what outlives a restart in `state`; every store opened is closed
 * after its test. Call inside a describe.
 */
export function workerStores(): (seeds: string, state: string) => Promise<KnowledgeStore> {
  const open: KnowledgeStore[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  return async (seeds, state) => {
    const store = await KnowledgeStore.open(seeds, { worker: true, stateDir: state });
    open.push(store);
    return store;
  };
}

/** A store's knowledge base as exported, without the time it was built. */
export const exported = (store: KnowledgeStore) => ({ ...exportKnowledgeBase(store.kb), builtAt: null });
