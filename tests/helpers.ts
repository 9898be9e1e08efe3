import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../src/ingest/load.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../src/kb/build.js';

export const SEEDS = path.resolve(import.meta.dirname, '..', 'seeds');

let cached: Promise<KnowledgeBase> | undefined;
/** The knowledge base built from the real seeds, once per test file. */
export function seedKb(): Promise<KnowledgeBase> {
  cached ??= loadSeeds(SEEDS).then(({ articles, warnings }) => buildKnowledgeBase(articles, { warnings, builtAt: '2022-01-22T00:00:00.000Z' }));
  return cached;
}

/** A fresh temporary folder holding a copy of the real seeds. */
export async function seedsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parley-seeds-'));
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

/** The one quote in an article (by its number prefix, "001") whose text starts with `start`. */
export function quoteOf(kb: KnowledgeBase, article: string, start: string) {
  const found = kb.quotes.filter((q) => q.articleId.startsWith(article) && q.text.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one quote in ${article} starting ${JSON.stringify(start)}, found ${found.length}`);
  return found[0]!;
}
