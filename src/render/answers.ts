import type { KnowledgeBase } from '../kb/build.js';
import type { Article, Person } from '../model.js';
import type { FactAnswer, QuoteAnswer, TimelineEntry } from '../query/answers.js';
import { quoteCount } from '../query/people.js';
import { citation, escapeMarkdown, formatDate, truncate } from './format.js';
import { paginate, reply, WARN_COLOR, type Reply } from './payload.js';

/** A command's answer: one or more pages; the adapter adds page buttons when there are several. */
export interface Answer {
  pages: Reply[];
}

const one = (r: Reply): Answer => ({ pages: [r] });
const articleMap = (kb: KnowledgeBase) => new Map(kb.articles.map((a) => [a.id, a]));

function paged(title: string, items: string[], perPage: number, footer: string, empty: string): Answer {
  if (items.length === 0) return one(reply({ title, description: empty }));
  const pages = paginate(items, perPage);
  return {
    pages: pages.map((p, i) =>
      reply({ title, description: p.join('\n\n'), footer: { text: `${footer}${pages.length > 1 ? ` · page ${i + 1} of ${pages.length}` : ''}` } }),
    ),
  };
}

export function renderQuotes(kb: KnowledgeBase, a: QuoteAnswer): Answer {
  const articles = articleMap(kb);
  const items = a.quotes.map((q) => {
    // Shown inside our own marks: the quote's trailing comma (“…,” he said) belongs to the sentence, not the words.
    const text = escapeMarkdown(truncate(q.text.replace(/\s*\n+\s*/g, ' ').replace(/[,;:]$/, ''), 700));
    const frag = q.fragment ? ' *(fragment)*' : '';
    return `> “${text}”${frag}\n${citation(articles.get(q.articleId)!)}`;
  });
  const about = a.about ? ` about “${escapeMarkdown(truncate(a.about, 60))}”` : '';
  const title = `What ${a.person.name} said${a.aboutMissed ? '' : about}`;
  const note = a.aboutMissed ? `Nothing ${a.person.name} said matches “${escapeMarkdown(truncate(a.about!, 60))}”; here is everything.\n\n` : '';
  const answer = paged(
    title,
    items,
    5,
    `${a.quotes.length} quote${a.quotes.length === 1 ? '' : 's'}${a.source ? ` in ${a.source.map((s) => s.id.slice(0, 3)).join(', ')}` : ''}`,
    `The articles quote no words of ${a.person.name}${a.source ? ' in that source' : ''}.`,
  );
  if (note) answer.pages[0]!.embeds![0]!.description = note + (answer.pages[0]!.embeds![0]!.description ?? '');
  return answer;
}

export function renderTimeline(kb: KnowledgeBase, entries: TimelineEntry[], opts: { from?: string; to?: string; about?: string }): Answer {
  const articles = articleMap(kb);
  const items = entries.map((e) => {
    const lines = e.events.slice(0, 4).map((ev) => `• ${escapeMarkdown(truncate(ev.text, 220))} \`${ev.articleId.slice(0, 3)}\``);
    if (e.events.length > 4) lines.push(`• … ${e.events.length - 4} more`);
    const outlets = e.articleIds.map((id) => articles.get(id)!).map((a) => a.outlet ?? a.origin ?? a.id.slice(0, 3));
    return `**${formatDate(e.date, e.precision)}** — reported by ${e.articleIds.length} article${e.articleIds.length === 1 ? '' : 's'} (${escapeMarkdown([...new Set(outlets)].join(', '))})\n${lines.join('\n')}`;
  });
  const range = [opts.from && `from ${opts.from}`, opts.to && `to ${opts.to}`, opts.about && `about “${truncate(opts.about, 40)}”`].filter(Boolean).join(' ');
  return paged(`Timeline${range ? ` ${escapeMarkdown(range)}` : ''}`, items, 6, `${entries.length} date${entries.length === 1 ? '' : 's'}, oldest first`, 'No dated events in that range.');
}

export function renderFacts(kb: KnowledgeBase, query: string, facts: FactAnswer[], suggestions: string[]): Answer {
  const articles = articleMap(kb);
  const q = escapeMarkdown(truncate(query, 80));
  if (facts.length === 0) {
    return one(reply({ title: `Nothing found for “${q}”`, description: `No sentence in the articles matches that. Try a broader word or a name: ${suggestions.map((s) => `\`${s}\``).join(', ')}.`, color: WARN_COLOR }));
  }
  const items = facts.map((f) => {
    const also = f.articleCount > 1 ? `stated in ${f.articleCount} articles (${f.articleIds.map((id) => id.slice(0, 3)).join(', ')})` : 'stated in 1 article';
    return `${escapeMarkdown(truncate(f.fact.text, 600))}\n${citation(articles.get(f.fact.articleId)!)} · ${also}`;
  });
  return paged(`Facts: “${q}”`, items, 4, `${facts.length} sentence${facts.length === 1 ? '' : 's'}, best first`, '');
}

export function renderSources(kb: KnowledgeBase, list: Article[], filter: string | null): Answer {
  const items = list.map((a) => {
    const cited = kb.links.filter((l) => l.articleId === a.id && l.kind !== 'self' && l.kind !== 'origin');
    const outlets = [...new Set(cited.map((l) => l.outlet))];
    const kind = `${a.kind}${a.labels.length ? ` · ${a.labels.join(', ')}` : ''}`;
    return `${citation(a)}\nkind: ${escapeMarkdown(kind)}${a.url ? '' : ' · no link known'}${outlets.length ? `\ncites: ${escapeMarkdown(truncate(outlets.join(', '), 300))}` : ''}`;
  });
  return paged(filter ? `Sources matching “${escapeMarkdown(truncate(filter, 60))}”` : 'Sources', items, 5, `${list.length} article${list.length === 1 ? '' : 's'}`, 'No article matches.');
}

export function renderWho(kb: KnowledgeBase, p: Person): Answer {
  const quotes = kb.quotes.filter((q) => q.speakerId === p.id);
  const articles = articleMap(kb);
  const fields = [
    { name: 'Roles', value: escapeMarkdown(p.roles.join('; ')) || '—' },
    { name: 'Also called', value: escapeMarkdown(truncate(p.aliases.join(', '), 1000)) || '—' },
    { name: 'Quotes', value: `${quotes.length} (${quotes.filter((q) => q.fragment).length} fragments)`, inline: true },
    { name: 'Appears in', value: truncate(p.articleIds.map((id) => citation(articles.get(id)!)).join('\n'), 1024) },
  ];
  return one(reply({ title: `${p.name}${p.type === 'organisation' ? ' (organisation)' : ''}`, fields, footer: { text: quotes.length ? `/quote speaker:${p.id} to read them` : 'no quotes' } }));
}

export function renderAbout(kb: KnowledgeBase, refreshedAt: string): Answer {
  const people = kb.people.filter((p) => p.type === 'person');
  const top = [...people].sort((a, b) => quoteCount(kb, b) - quoteCount(kb, a)).slice(0, 5).map((p) => p.name);
  const description = [
    `I answer questions about ${kb.articles.length} news articles, and every answer names its article.`,
    `I know ${people.length} people and ${kb.people.length - people.length} organisations, ${kb.quotes.length} quotes, ${kb.events.length} dated events and ${kb.facts.length} facts.`,
    `Most quoted: ${top.join(', ')}.`,
    '',
    '`/quote lavrov` what someone said · `/timeline` what happened when · `/fact troops` sentences that answer a question',
    '`/who blinken` a person · `/sources` the articles · `/refresh` (moderators) re-read the articles',
  ].join('\n');
  return one(reply({ title: 'About parley', description, footer: { text: `Knowledge base built ${refreshedAt}` } }));
}

export { one };
