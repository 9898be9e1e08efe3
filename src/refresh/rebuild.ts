import type { ArticleExtraction } from '../extract/article.js';
import { loadSeeds, type SeedStamps } from '../ingest/load.js';
import { buildKnowledgeData, type BuildMemo, type KnowledgeData } from '../kb/build.js';

/**
 * Reads the seeds folder again and builds the knowledge base's data, reusing the cached extraction of every
 * unchanged article (none when `full`). Returns the data and the new cache, which holds only what this build used,
 * so that articles removed from the folder do not linger in memory, and how many articles it extracted. Files whose size and modification time are
 * those in `known` are not read again (a full rebuild reads every file). Pass the memo on to buildIndexes.
 */
export async function rebuildData(
  dir: string,
  cache: ReadonlyMap<string, ArticleExtraction>,
  full: boolean,
  known?: SeedStamps,
  memo?: BuildMemo,
): Promise<{ data: KnowledgeData; cache: Map<string, ArticleExtraction>; stamps: SeedStamps; extracted: number; fingerprint: string }> {
  const { articles, warnings, stamps, fingerprint } = await loadSeeds(dir, full ? undefined : known);
  const used = full ? new Map<string, ArticleExtraction>() : new Map(cache);
  const had = new Set(used.values());
  const data = buildKnowledgeData(articles, { warnings, cache: used, memo });
  const hashOf = new Map(data.articles.map((a) => [a.id, a.hash]));
  for (const [key, x] of used) if (hashOf.get(x.article.id) !== x.article.hash) used.delete(key);
  // (How many articles this build extracted: the extractions it added to the cache.)
  const extracted = new Set([...used.values()].filter((x) => !had.has(x))).size;
  return { data, cache: used, stamps, extracted, fingerprint };
}
