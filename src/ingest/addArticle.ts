import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ArticleMeta, type SourceArticle } from '../model.js';
import { fetchPage, FetchRefused, type FetchOptions } from './fetchPage.js';
import { hashText, loadSeeds, MAX_ARTICLE_BYTES, SeedsError } from './load.js';

/** What was added: the new article's id and what its page said about itself. */
export interface Added {
  id: string;
  article: SourceArticle;
}

/** Why nothing was added (a refused link, a page with no article, the same article already there). */
export class AddRefused extends Error {
  override name = 'AddRefused';
}

const KINDS = new Map<string, 'html' | 'text'>([['.html', 'html'], ['.htm', 'html'], ['.txt', 'text'], ['.md', 'text']]);

/**
 * Adds an article to the seeds folder from a link or a local file (.html, .htm, .txt, .md). A page is read like a
 * reader view (ingest/html.ts); its text is written unchanged as `<slug>.txt`, what it says about itself as
 * `<slug>.meta.json`, each through a temporary file, and never over an existing file. The same article twice (the
 * same canonical link or the same text) is refused, naming the article already there.
 */
export async function addArticle(seedsDir: string, source: string, options: FetchOptions & { attachment?: boolean } = {}): Promise<Added> {
  const isLink = /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
  let page: { kind: 'html' | 'text'; body: string; url: string | null; name: string };
  try {
    page = isLink ? await fromLink(source, options) : await fromFile(source);
  } catch (err) {
    if (err instanceof FetchRefused) throw new AddRefused(err.message);
    throw err;
  }
  // (The page reader, a DOM and Readability, is loaded only when a page is added: 0.4 s off every start.)
  const read = page.kind === 'html' ? (await import('./html.js')).readPage(page.body, page.url ?? undefined) : { text: page.body, title: null, byline: null, siteName: null, published: null, canonical: null };
  if (!read || read.text.trim() === '') throw new AddRefused('no article text was found on the page');
  const text = read.text.endsWith('\n') ? read.text : `${read.text}\n`;
  // An attached file's link is Discord's, not the article's (and it expires): only the page's own canonical link counts.
  const url = read.canonical ?? (options.attachment ? null : page.url);
  const hash = hashText(text);
  const existing = await existingArticles(seedsDir);
  const twin = existing.find((a) => a.hash === hash || (url && a.meta.url === url));
  if (twin) throw new AddRefused(`already have it as ${twin.id}`);
  const title = read.title ?? firstLine(text);
  const id = `${slug(title ?? page.name)}-${hash.slice(0, 8)}`;
  const meta = validMeta({ title: title ?? undefined, outlet: read.siteName ?? (url ? new URL(url).hostname.replace(/^www\./, '') : undefined), published: read.published ?? undefined, url: url ?? undefined });
  const file = path.join(seedsDir, `${id}.txt`);
  if (Object.keys(meta).length) await writeNew(path.join(seedsDir, `${id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  await writeNew(file, text);
  return { id, article: { id, file, text, meta, hash } };
}

async function fromLink(source: string, options: FetchOptions) {
  const fetched = await fetchPage(source, options);
  return { kind: fetched.kind, body: fetched.body, url: fetched.url, name: new URL(fetched.url).pathname.split('/').filter(Boolean).at(-1) ?? 'page' };
}

async function fromFile(source: string) {
  const kind = KINDS.get(path.extname(source).toLowerCase());
  if (!kind) throw new AddRefused(`${path.basename(source)}: only .html, .htm, .txt and .md files can be added`);
  const info = await stat(source).catch(() => {
    throw new AddRefused(`${source}: no such file`);
  });
  if (!info.isFile()) throw new AddRefused(`${source}: not a regular file`);
  if (info.size > MAX_ARTICLE_BYTES) throw new AddRefused(`${source}: the file is ${info.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
  return { kind, body: await readFile(source, 'utf8'), url: null, name: path.basename(source, path.extname(source)) };
}

async function existingArticles(dir: string): Promise<SourceArticle[]> {
  try {
    return (await loadSeeds(dir)).articles;
  } catch (err) {
    // An empty folder holds no twin; a missing one is the caller's to report.
    if (err instanceof SeedsError && /no loadable article/.test(err.message)) return [];
    throw err;
  }
}

/** The metadata fields the schema accepts, each checked on its own (a bad one is left out). */
function validMeta(fields: Record<string, string | undefined>): ArticleMeta {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v !== undefined && ArticleMeta.shape[k as keyof typeof ArticleMeta.shape].safeParse(v).success) out[k] = v;
  }
  return out as ArticleMeta;
}

/** Writes a file that must not exist yet: to a temporary name, then linked into place (which fails if it exists). */
async function writeNew(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AddRefused(`${path.basename(file)} exists already; nothing was overwritten`);
    throw err;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function firstLine(text: string): string | null {
  return text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? null;
}

function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return out || 'article';
}

