import type { ArticleExtraction } from '../../src/extract/article.js';
import type { SeedStamps } from '../../src/ingest/load.js';
import { BuildMemo, type Indexes, type KnowledgeData } from '../../src/kb/build.js';
import { buildIndexes } from '../../src/kb/indexes.js';
import { rebuildData } from '../../src/refresh/rebuild.js';

/** Builds as the refresh worker does, keeping its cache, stamps and memo between builds. */
export class Refresher {
  private cache = new Map<string, ArticleExtraction>();
  private stamps: SeedStamps | undefined;
  private readonly memo = new BuildMemo();
  constructor(private readonly dir: string) {}
  async build(): Promise<{ data: KnowledgeData; index: Indexes }> {
    const r = await rebuildData(this.dir, this.cache, false, this.stamps, this.memo);
    this.cache = r.cache;
    this.stamps = r.stamps;
    return { data: r.data, index: buildIndexes(r.data, this.memo) };
  }
}

/** A build of the folder with nothing kept from before. */
export async function fresh(dir: string): Promise<{ data: KnowledgeData; index: Indexes }> {
  const { data } = await rebuildData(dir, new Map(), true);
  return { data, index: buildIndexes(data) };
}
