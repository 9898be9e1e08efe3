import type { KnowledgeBase } from '../kb/build.js';
import type { Article } from '../model.js';
import { UserError } from '../errors.js';
import { fold } from './people.js';
import { cleanInput, clip, escapeMarkdown } from '../util/format.js';

/** The articles a `source` option means: an article id (or its number), an outlet, or words of a title. */
export function resolveSource(kb: KnowledgeBase, input: string): Article[] {
  const f = fold(input);
  if (!f) return [...kb.articles];
  // (An autocomplete value is at most 100 characters: a longer file name comes cut to its first 100.)
  const byId = kb.articles.filter((a) => a.id === input.trim() || a.id.startsWith(`${input.trim()}_`) || (input.length === 100 && a.id.startsWith(input)));
  if (byId.length) return byId;
  const byOutlet = kb.articles.filter((a) => [a.outlet, a.origin].some((o) => o && fold(o) === f));
  if (byOutlet.length) return byOutlet;
  const byWords = kb.articles.filter((a) => [a.outlet, a.origin, a.title].some((o) => o && fold(o).includes(f)));
  if (byWords.length) return byWords;
  throw new UserError(
    'unknownSource',
    `No article or outlet matches "${escapeMarkdown(clip(cleanInput(input), 80))}". Try one of: ${kb.articles.map((a) => `${a.id.slice(0, 3)} (${a.outlet ?? a.origin ?? 'unknown outlet'})`).join(', ')}.`,
  );
}

/** Autocomplete for `source`: articles by number, outlet and title. */
export function suggestSources(kb: KnowledgeBase, typed: string, limit = 25): { name: string; value: string }[] {
  const f = fold(typed);
  return kb.articles
    .filter((a) => !f || [a.id, a.outlet, a.origin, a.title].some((x) => x && fold(x).includes(f)))
    .slice(0, limit)
    .map((a) => ({ name: clip(`${a.id.slice(0, 3)} · ${a.outlet ?? a.origin ?? 'unknown outlet'} · ${a.title ?? 'untitled'}`, 100), value: clip(a.id, 100) }));
}

export function articleOf(kb: KnowledgeBase, id: string): Article {
  return kb.lookup.article.get(id)!;
}
