import type { RefreshResult } from '../refresh/store.js';
import type { Answer } from './answers.js';
import { escapeMarkdown, truncate } from '../util/format.js';
import { reply, WARN_COLOR } from './payload.js';

export function renderRefresh(r: RefreshResult): Answer {
  const waited = r.waited ? 'Another refresh was running; this one waited for it.\n' : '';
  if (!r.ok) {
    return { pages: [reply({ title: 'Refresh failed', description: `${waited}${escapeMarkdown(r.error ?? 'unknown error')}\nThe knowledge base from before keeps answering.`, color: WARN_COLOR })] };
  }
  const change = (label: string, add: number, rem: number) => `${label}: +${add} −${rem}`;
  const lines = [
    waited.trim(),
    r.full ? 'Every article was read again.' : '',
    change('articles', r.added.articles.length, r.removed.articles.length),
    change('quotes', r.added.quotes, r.removed.quotes),
    change('events', r.added.events, r.removed.events),
    r.added.articles.length ? `new: ${escapeMarkdown(r.added.articles.join(', '))}` : '',
    r.removed.articles.length ? `gone: ${escapeMarkdown(r.removed.articles.join(', '))}` : '',
  ].filter(Boolean);
  const warnings = r.warnings.map((w) => `⚠ ${escapeMarkdown(w.source)}: ${escapeMarkdown(w.message)}`);
  return {
    pages: [
      reply({
        title: 'Knowledge base refreshed',
        description: truncate([...lines, ...(warnings.length ? ['', `${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`, ...warnings] : [])].join('\n'), 4000),
        footer: { text: `built ${r.builtAt}` },
      }),
    ],
  };
}
