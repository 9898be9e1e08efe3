import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ArticleMeta, type SourceArticle, type Warning } from '../model.js';

/** Largest article file that is read; bigger ones are skipped with a warning. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A seeds folder that cannot give a knowledge base at all (missing, unreadable, nothing loadable). */
export class SeedsError extends Error {
  override name = 'SeedsError';
}

export interface LoadResult {
  articles: SourceArticle[];
  warnings: Warning[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a file's bytes are not an article, or null when they are. */
export function rejectBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_ARTICLE_BYTES) return `the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`;
  if (bytes.includes(0)) return 'the file is binary (it contains NUL bytes)';
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'the file is not valid UTF-8 text';
  }
  if (text.trim() === '') return 'the file has no text (only white space)';
  return null;
}

/** Reads and validates the metadata file beside an article; returns the metadata or the reason it is bad. */
export function parseMeta(raw: string): { meta: ArticleMeta } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { error: `metadata is not valid JSON (${(err as Error).message})` };
  }
  const parsed = ArticleMeta.safeParse(json);
  if (!parsed.success) return { error: `bad metadata: ${z.prettifyError(parsed.error).replace(/\n+/g, '; ')}` };
  return { meta: parsed.data };
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Loads every `*.txt` article in a folder, with its optional `*.meta.json` beside it.
 * A bad file costs only itself: it is skipped with a warning naming it and the reason.
 * Throws SeedsError when the folder is missing or nothing in it loads.
 */
export async function loadSeeds(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SeedsError(`${dir}: seeds folder not found`);
    if (code === 'ENOTDIR') throw new SeedsError(`${dir}: not a folder`);
    throw new SeedsError(`${dir}: cannot read the seeds folder (${code ?? (err as Error).message})`);
  }
  const warnings: Warning[] = [];
  const articles: SourceArticle[] = [];
  const nameSet = new Set(names);
  const byHash = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.txt')).sort()) {
    const file = path.join(dir, name);
    const article = await loadOne(file, name, nameSet, warnings);
    if (!article) continue;
    const twin = byHash.get(article.hash);
    if (twin) {
      // The same text twice would count as two independent articles; keep the first.
      warnings.push({ source: file, message: `the same text as ${twin}; skipped` });
      continue;
    }
    byHash.set(article.hash, file);
    articles.push(article);
  }
  for (const name of names.filter((n) => n.endsWith('.meta.json')).sort()) {
    if (!nameSet.has(name.replace(/\.meta\.json$/, '.txt'))) {
      warnings.push({ source: path.join(dir, name), message: 'metadata file has no article beside it; ignored' });
    }
  }
  if (articles.length === 0) {
    throw new SeedsError(`${dir}: no loadable article (*.txt) in the seeds folder`);
  }
  return { articles, warnings };
}

async function loadOne(file: string, name: string, names: Set<string>, warnings: Warning[]): Promise<SourceArticle | null> {
  const skip = (message: string): null => {
    warnings.push({ source: file, message: `${message}; skipped` });
    return null;
  };
  try {
    const info = await stat(file);
    if (!info.isFile()) return skip('not a regular file');
    if (info.size > MAX_ARTICLE_BYTES) return skip(`the file is ${info.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
    const bytes = await readFile(file);
    const reason = rejectBytes(bytes);
    if (reason) return skip(reason);
    const text = utf8.decode(bytes);
    let meta: ArticleMeta = {};
    const metaName = name.replace(/\.txt$/, '.meta.json');
    if (names.has(metaName)) {
      const metaFile = path.join(path.dirname(file), metaName);
      const result = parseMeta(await readFile(metaFile, 'utf8'));
      if ('error' in result) {
        warnings.push({ source: metaFile, message: `${result.error}; article skipped` });
        return null;
      }
      meta = result.meta;
    }
    return { id: name.replace(/\.txt$/, ''), file, text, meta, hash: hashText(text) };
  } catch (err) {
    return skip(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
