import { createHash } from 'node:crypto';
import { constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ArticleMeta, type SourceArticle, type Warning } from '../model.js';
import { mapLimit } from '../util/parallel.js';

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

// ignoreBOM keeps a byte-order mark in the text, so every offset still counts from the file's first character.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

/** The metadata kept from a `.meta.json` file, and what was wrong with the rest of it. */
export interface ParsedMeta {
  meta: ArticleMeta;
  /** Each bad or unknown field, or the whole file when it is no JSON object; each was ignored. */
  problems: string[];
}

const FIELDS: Readonly<Record<string, z.ZodType>> = ArticleMeta.shape;

/**
 * Reads the metadata beside an article field by field: a bad field (an impossible date, a javascript: link, a word
 * the schema does not know) is dropped and named, and the good fields are kept, so the article still loads.
 */
export function parseMeta(raw: string): ParsedMeta {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    // Not the parser's message: it quotes the file's first characters, which may not be ours to show.
    return { meta: {}, problems: ['metadata is not valid JSON; ignored'] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { meta: {}, problems: ['metadata must be a JSON object; ignored'] };
  const meta: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    const shown = JSON.stringify(key.slice(0, 40));
    // Object.hasOwn, not `in`: a field named "constructor" or "__proto__" is unknown, not Object's own.
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key]! : null;
    if (!field) {
      problems.push(`unknown metadata field ${shown}; ignored`);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) meta[key] = parsed.data;
    else problems.push(`bad metadata field ${shown}: ${parsed.error.issues.map((i) => i.message).join('; ')}; ignored`);
  }
  return { meta: meta as ArticleMeta, problems };
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** What a file looked like when it was read (size and modification time of the text and of its metadata). */
export type SeedStamps = Map<string, { stamp: string; article: SourceArticle; warnings: Warning[] }>;

/** Files read at once: enough to keep the disk busy, few enough not to hold thousands of file handles. */
export const READ_AT_ONCE = 32;

/**
 * Loads every `*.txt` article in a folder, with its optional `*.meta.json` beside it.
 * A bad file costs only itself: it is skipped with a warning naming it and the reason.
 * Throws SeedsError when the folder is missing or nothing in it loads.
 *
 * `known` holds the files of an earlier load: one whose size and modification time (and its metadata's) are
 * unchanged is not read again. The result's `stamps` are the `known` for the next load.
 */
export async function loadSeeds(dir: string, known?: SeedStamps): Promise<LoadResult & { stamps: SeedStamps; fingerprint: string }> {
  const { names, nameSet, texts, entries, root, fingerprint } = await surveyFolder(dir);
  const warnings: Warning[] = [];
  const articles: SourceArticle[] = [];
  const stamps: SeedStamps = new Map();
  const byHash = new Map<string, string>();
  // An unchanged file's article is the last load's (a refresh of 10,000 articles reads one or two), and only the
  // others are read, in parallel. Results keep name order, as do the warnings.
  const loaded: Loaded[] = new Array(texts.length);
  const toRead: { at: number; file: string; name: string; stamp: string; metaFile: string | null }[] = [];
  entries.forEach((s, at) => {
    const name = texts[at]!;
    const file = path.join(dir, name);
    if ('skip' in s) loaded[at] = skipped(file, s.skip);
    else {
      const seen = known?.get(file);
      if (seen && seen.stamp === s.stamp) loaded[at] = { article: seen.article, warnings: seen.warnings, stamp: s.stamp };
      else toRead.push({ at, file, name, stamp: s.stamp, metaFile: s.metaFile });
    }
  });
  const read = await mapLimit(toRead, READ_AT_ONCE, (r) => readOne(r.file, r.name, r.metaFile, r.stamp, root));
  for (const [k, r] of toRead.entries()) loaded[r.at] = read[k]!;
  for (const { article, warnings: own, stamp } of loaded) {
    warnings.push(...own);
    if (!article) continue;
    if (stamp) stamps.set(article.file, { stamp, article, warnings: own });
    const twin = byHash.get(article.hash);
    if (twin) {
      warnings.push({ source: article.file, message: `the same text as ${twin}; skipped` });
      continue;
    }
    byHash.set(article.hash, article.file);
    articles.push(article);
  }
  for (const name of names.filter((n) => n.endsWith('.meta.json')).sort()) {
    if (!nameSet.has(name.replace(/\.meta\.json$/, '.txt'))) {
      warnings.push({ source: path.join(dir, name), message: 'metadata file has no article beside it; ignored' });
    }
  }
  if (articles.length === 0) {
    const why = warnings.slice(0, 3).map((w) => `${path.basename(w.source)}: ${w.message}`);
    const more = warnings.length > 3 ? `; and ${warnings.length - 3} more` : '';
    throw new SeedsError(`${dir}: no loadable article (*.txt) in the seeds folder${why.length ? ` (${why.join('; ')}${more})` : ''}`);
  }
  return { articles, warnings, stamps, fingerprint };
}

/**
 * The folder's files and every article's stamp (or why it is skipped), taken in turn, before anything is read; and
 * a fingerprint of them all (names and stamps of the articles and their metadata), which changes whenever a load
 * could read something different.
 */
async function surveyFolder(dir: string) {
  let names: string[];
  let links: Set<string>;
  try {
    // (With their types: which are links is known without a call per file, a tenth of a refresh's stamping.)
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.map((e) => e.name);
    links = new Set(entries.filter((e) => e.isSymbolicLink()).map((e) => e.name));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SeedsError(`${dir}: seeds folder not found`);
    if (code === 'ENOTDIR') throw new SeedsError(`${dir}: not a folder`);
    throw new SeedsError(`${dir}: cannot read the seeds folder (${code ?? (err as Error).message})`);
  }
  const nameSet = new Set(names);
  const texts = names.filter((n) => n.endsWith('.txt')).sort();
  const root = realpathSync(dir);
  const entries = texts.map((name) => stampOf(path.join(dir, name), name, nameSet, root, links.has(name)));
  const hash = createHash('sha256').update(root);
  for (let i = 0; i < texts.length; i++) {
    const e = entries[i]!;
    hash.update(`\n${texts[i]}\t${'skip' in e ? `skip ${e.skip}` : `${e.stamp}\t${e.metaFile ?? ''}`}`);
  }
  for (const name of names.filter((n) => n.endsWith('.meta.json')).sort()) hash.update(`\n${name}`);
  return { names, nameSet, texts, entries, root, fingerprint: hash.digest('hex') };
}

/** The fingerprint a load of the folder would give now (see surveyFolder), without reading any article. */
export async function folderFingerprint(dir: string): Promise<string> {
  return (await surveyFolder(dir)).fingerprint;
}

interface Loaded {
  article: SourceArticle | null;
  warnings: Warning[];
  /** Size and modification times, when the article loaded. */
  stamp?: string;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function skipped(file: string, message: string): Loaded {
  return { article: null, warnings: [{ source: file, message: `${message}; skipped` }] };
}

/**
 * A file's stamp: its size and modification time, and its metadata's (with the metadata file, if there is one).
 * Taken synchronously: a refresh stamps every file, and 10,000 stats through the thread pool took 120-190 ms where
 * the same stats done in turn take 35 ms.
 */
function stampOf(file: string, name: string, names: Set<string>, root: string, link: boolean): { stamp: string; metaFile: string | null } | { skip: string } {
  let info: Stats;
  try {
    if (link && outsideLink(root, file)) return { skip: 'a link to a file outside the seeds folder' };
    info = statSync(file);
  } catch (err) {
    return { skip: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  if (!info.isFile()) return { skip: 'not a regular file' };
  if (info.size > MAX_ARTICLE_BYTES) return { skip: `the file is ${info.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` };
  const metaName = name.replace(/\.txt$/, '.meta.json');
  const metaFile = names.has(metaName) ? path.join(path.dirname(file), metaName) : null;
  const metaInfo = metaFile ? statOrNull(metaFile) : null;
  return { stamp: `${info.size}|${info.mtimeMs}|${metaInfo ? `${metaInfo.size}|${metaInfo.mtimeMs}` : '-'}`, metaFile };
}

/**
 * A regular file's bytes, at most `limit` of them. The file is opened without blocking and checked on its handle, so
 * a FIFO or device put in the folder (or swapped in after the folder was listed) is refused instead of holding a
 * thread of the pool for ever.
 */
async function readRegular(file: string, limit: number): Promise<{ bytes: Buffer } | { reason: string }> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { reason: 'not a regular file' };
    if (info.size > limit) return { reason: `the file is ${info.size} bytes, over the ${limit}-byte limit` };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** Largest metadata file read: a few short fields. */
const MAX_META_BYTES = 64 * 1024;

/** Whether a file is a symbolic link to something outside the folder (a link to /etc/passwd is no article). */
function outsideLink(root: string, file: string): boolean {
  if (!lstatSync(file).isSymbolicLink()) return false;
  const rel = path.relative(root, realpathSync(file));
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel);
}

/** The metadata beside an article; a metadata file that cannot be read costs only itself, never the article. */
async function readMeta(root: string, metaFile: string): Promise<{ meta: ArticleMeta; warnings: Warning[] }> {
  let read: Awaited<ReturnType<typeof readRegular>>;
  try {
    read = outsideLink(root, metaFile) ? { reason: 'a link to a file outside the seeds folder' } : await readRegular(metaFile, MAX_META_BYTES);
  } catch (err) {
    read = { reason: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  if ('reason' in read) return { meta: {}, warnings: [{ source: metaFile, message: `${read.reason}; metadata ignored` }] };
  const { meta, problems } = parseMeta(read.bytes.toString('utf8'));
  return { meta, warnings: problems.map((message) => ({ source: metaFile, message })) };
}

/** Reads an article whose stamp is new (or unknown), with its metadata. */
async function readOne(file: string, name: string, metaFile: string | null, stamp: string, root: string): Promise<Loaded> {
  try {
    const read = await readRegular(file, MAX_ARTICLE_BYTES);
    if ('reason' in read) return skipped(file, read.reason);
    const reason = rejectBytes(read.bytes);
    if (reason) return skipped(file, reason);
    const text = utf8.decode(read.bytes);
    const { meta, warnings } = metaFile ? await readMeta(root, metaFile) : { meta: {}, warnings: [] };
    return { article: { id: name.replace(/\.txt$/, ''), file, text, meta, hash: hashText(text) }, warnings, stamp };
  } catch (err) {
    return skipped(file, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
