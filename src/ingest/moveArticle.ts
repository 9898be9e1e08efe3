import { link, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Where removed articles wait, inside the seeds folder (the loader reads only the folder's own *.txt files). */
export const REMOVED = '.removed';

/** Why an article could not be moved (no such article, or a file already where it would go). */
export class MoveRefused extends Error {
  override name = 'MoveRefused';
}

/** An article's files: its text and, if there is one, its metadata. */
async function filesOf(dir: string, id: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return [`${id}.txt`, `${id}.meta.json`].filter((n) => names.includes(n));
}

/** Moves a file without ever replacing one: linked into place (which fails if the name is taken), then unlinked. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new MoveRefused(`${path.basename(to)} is there already; nothing was moved`);
    throw err;
  }
  await unlink(from);
}

/** `/article remove`: the article's files go to SEEDS_DIR/.removed/, never deleted. */
export async function removeArticle(dir: string, id: string): Promise<void> {
  const names = await filesOf(dir, id);
  if (!names.includes(`${id}.txt`)) throw new MoveRefused(`no article ${id} in the seeds folder`);
  await mkdir(path.join(dir, REMOVED), { recursive: true });
  for (const n of names) await moveFile(path.join(dir, n), path.join(dir, REMOVED, n));
}

/** `/article restore`: a removed article's files come back. */
export async function restoreArticle(dir: string, id: string): Promise<void> {
  const names = await filesOf(path.join(dir, REMOVED), id);
  if (!names.includes(`${id}.txt`)) throw new MoveRefused(`no removed article ${id}`);
  for (const n of names) await moveFile(path.join(dir, REMOVED, n), path.join(dir, n));
}

/** The ids of the removed articles, for autocomplete. */
export async function removedArticles(dir: string): Promise<string[]> {
  const names = await readdir(path.join(dir, REMOVED)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)).sort();
}
