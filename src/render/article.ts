import type { KnowledgeBase } from '../kb/build.js';
import type { RefreshResult } from '../refresh/store.js';
import type { Answer } from './answers.js';
import { citation, escapeMarkdown, truncate } from '../util/format.js';
import { reply, WARN_COLOR } from './payload.js';
import { renderRefresh } from './refresh.js';

/** What an added article brought: its citation, quotes by speaker, new people, dated events, new conflicts. */
export function renderAdded(kb: KnowledgeBase, id: string, refreshed: RefreshResult): Answer {
  const article = kb.articles.find((a) => a.id === id);
  if (!refreshed.ok || !article) {
    return { pages: [reply({ title: 'Article saved, not yet answering', description: `Saved as \`${escapeMarkdown(id)}\`, but the refresh failed: ${escapeMarkdown(refreshed.error ?? 'unknown error')}`, color: WARN_COLOR })] };
  }
  const quotes = kb.quotes.filter((q) => q.articleId === id);
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) bySpeaker.set(q.speaker ?? 'no speaker', (bySpeaker.get(q.speaker ?? 'no speaker') ?? 0) + 1);
  const speakers = [...bySpeaker].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${escapeMarkdown(name)} (${n})`);
  const fresh = kb.people.filter((p) => p.articleIds.length === 1 && p.articleIds[0] === id).map((p) => escapeMarkdown(p.name));
  const events = kb.events.filter((e) => e.articleId === id).length;
  const conflicts = quotes.filter((q) => q.flags.length).length;
  const lines = [
    citation(article),
    `${quotes.length} quote${quotes.length === 1 ? '' : 's'}${speakers.length ? `: ${speakers.join(', ')}` : ''}`,
    fresh.length ? `new people: ${fresh.join(', ')}` : 'no new people',
    `${events} dated event${events === 1 ? '' : 's'}`,
    conflicts ? `⚠ ${conflicts} quote${conflicts === 1 ? '' : 's'} disagree${conflicts === 1 ? 's' : ''} with another article (see /quote)` : '',
  ].filter(Boolean);
  return { pages: [reply({ title: 'Article added', description: truncate(lines.join('\n'), 4000), footer: { text: `built ${refreshed.builtAt}` } })] };
}

/** After /article remove or restore: which article, and the refresh that followed. */
export function renderMoved(action: 'remove' | 'restore', id: string, refreshed: RefreshResult): Answer {
  const after = renderRefresh(refreshed).pages[0]!;
  const said = action === 'remove' ? `\`${escapeMarkdown(id)}\` set aside in .removed (restore it with /article restore).` : `\`${escapeMarkdown(id)}\` is back.`;
  return { pages: [{ ...after, embeds: [{ ...after.embeds![0]!, title: action === 'remove' ? 'Article removed' : 'Article restored', description: `${said}\n${after.embeds![0]!.description ?? ''}` }] }] };
}
