import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleExtraction } from '../extract/article.js';

/**
 * The extractor's version: a hash of the code an extraction depends on (ingest/, extract/, refine/). Any change to
 * a rule or a list makes a new version, and extractions stored by another version are never used.
 */
export const EXTRACTOR_VERSION = codeVersion(['../ingest/', '../extract/', '../refine/']);

/** A hash of the source files in these folders (ending in "/") and files, relative to src/refresh/. */
export function codeVersion(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of paths) {
    const dir = new URL(p, import.meta.url);
    for (const file of p.endsWith('/') ? readdirSync(dir).sort() : ['']) {
      hash.update(file || p);
      hash.update(readFileSync(new URL(file, dir)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** One stored extraction: the cache keys it was kept under, and the extraction with its word set as a list. */
type Stored = { format: 1; version: string; keys: string[]; x: Omit<ArticleExtraction, 'words'> & { words: string[] } };

/**
 * Each article's extraction kept in STATE_DIR (`extractions/<version>/`, a file per extraction), so that a restart
 * with the same articles reads them back instead of extracting every article again. Only the refresh worker uses
 * it. A file that is unreadable, not JSON, of another format or version, or for other keys is never trusted: it is
 * skipped, counted, and its article extracted again. Files are written whole to a temporary name, then renamed.
 */
export class ExtractionDisk {
  readonly dir: string;
  /** The files in `dir` that hold a good extraction, by name. */
  private readonly onDisk = new Set<string>();
  private readonly names = new Map<string, string>();

  constructor(
    readonly stateDir: string,
    readonly version = EXTRACTOR_VERSION,
  ) {
    this.dir = path.join(stateDir, 'extractions', version);
  }

  /** Every extraction stored by this version, under its keys; `skipped` counts the files that could not be used. */
  load(): { cache: Map<string, ArticleExtraction>; skipped: number } {
    const cache = new Map<string, ArticleExtraction>();
    let skipped = 0;
    let files: string[];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    } catch {
      return { cache, skipped };
    }
    for (const file of files) {
      try {
        const stored = JSON.parse(readFileSync(path.join(this.dir, file), 'utf8')) as Stored;
        if (stored.format !== 1 || stored.version !== this.version || !Array.isArray(stored.keys) || stored.keys.length === 0) throw new Error('foreign');
        if (this.nameOf(stored.keys[0]!) !== file || !Array.isArray(stored.x?.words) || typeof stored.x.article?.id !== 'string') throw new Error('foreign');
        const x: ArticleExtraction = { ...stored.x, words: new Set(stored.x.words) };
        for (const key of stored.keys) cache.set(key, x);
        this.onDisk.add(file);
      } catch {
        skipped++;
      }
    }
    return { cache, skipped };
  }

  /**
   * Makes the folder hold exactly what the cache holds: writes the extractions not stored yet, removes those the
   * cache no longer has, and the folders of other versions. Throws what the file system throws.
   */
  save(cache: ReadonlyMap<string, ArticleExtraction>): void {
    const keysOf = new Map<ArticleExtraction, string[]>();
    for (const [key, x] of cache) {
      const keys = keysOf.get(x);
      if (keys) keys.push(key);
      else keysOf.set(x, [key]);
    }
    mkdirSync(this.dir, { recursive: true });
    const wanted = new Set<string>();
    for (const [x, keys] of keysOf) {
      // (Named by its first key that is not a survey's, so the same extraction always gets the same name.)
      keys.sort((a, b) => Number(a.startsWith('survey|')) - Number(b.startsWith('survey|')) || (a < b ? -1 : a > b ? 1 : 0));
      const file = this.nameOf(keys[0]!);
      wanted.add(file);
      if (this.onDisk.has(file)) continue;
      const stored: Stored = { format: 1, version: this.version, keys, x: { ...x, words: [...x.words] } };
      const target = path.join(this.dir, file);
      writeFileSync(`${target}.tmp`, JSON.stringify(stored));
      renameSync(`${target}.tmp`, target);
      this.onDisk.add(file);
    }
    for (const file of this.onDisk) {
      if (wanted.has(file)) continue;
      rmSync(path.join(this.dir, file), { force: true });
      this.onDisk.delete(file);
    }
    for (const other of readdirSync(path.dirname(this.dir))) {
      if (other !== this.version) rmSync(path.join(path.dirname(this.dir), other), { recursive: true, force: true });
    }
  }

  private nameOf(key: string): string {
    let name = this.names.get(key);
    if (name === undefined) this.names.set(key, (name = `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`));
    return name;
  }
}
