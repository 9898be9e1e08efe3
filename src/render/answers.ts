import type { KnowledgeBase } from '../kb/build.js';
import type { Article, NumberComparison, Person, Quote } from '../model.js';
import type { FactAnswer, QuoteAnswer, TimelineEntry } from '../query/answers.js';
import { quoteCount } from '../query/people.js';
import { citation, escapeMarkdown, formatDate, truncate } from '../util/format.js';
import { paginate, reply, WARN_COLOR, type Reply } from './payload.js';

/** A command's answer: one or more pages; the adapter adds page buttons when there are several. */
export interface Answer {
  pages: Reply[];
}

const one = (r: Reply): Answer => ({ pages: [r] });
const articleMap = (kb: KnowledgeBase) => kb.lookup.article;

/** Long lists are cut here, and the footer says how many there were: nobody pages through thousands. */
export const MAX_ITEMS = 100;

function paged(title: string, items: string[], perPage: number, footer: string, empty: string): Answer {
  if (items.length === 0) return one(reply({ title, description: empty }));
  if (items.length > MAX_ITEMS) footer = `${footer} · first ${MAX_ITEMS} shown`;
  const pages = paginate(items.slice(0, MAX_ITEMS), perPage);
  return {
    pages: pages.map((p, i) =>
      reply({ title, description: p.join('\n\n'), footer: { text: `${footer}${pages.length > 1 ? ` · page ${i + 1} of ${pages.length}` : ''}` } }),
    ),
  };
}

/** Shown inside our own marks: a quote's trailing comma (“…,” he said) belongs to the sentence, not the words. */
const shown = (text: string, max: number) => escapeMarkdown(truncate(text.replace(/\s*\n+\s*/g, ' ').replace(/[,;:]$/, ''), max));

/** The lines under a quote that tell what other articles say of it: who else carries it, and any conflict. */
export function crossSourceNotes(kb: KnowledgeBase, q: Quote): string[] {
  const notes: string[] = [];
  const c = q.clusterId ? kb.lookup.cluster.get(q.clusterId) : undefined;
  const others = c ? c.articleIds.filter((id) => id !== q.articleId) : [];
  const name = (id: string | null) => (id ? (kb.lookup.person.get(id)?.name ?? id) : 'no one');
  if (c?.conflict?.kind === 'speaker') {
    const elsewhere = c.conflict.sources.filter((s) => s.speakerId !== q.speakerId && s.articleId !== q.articleId);
    for (const s of elsewhere.slice(0, 3)) notes.push(`⚠ ${s.articleId.slice(0, 3)} credits these words to ${name(s.speakerId)}.`);
    if (elsewhere.length > 3) notes.push(`⚠ … and ${elsewhere.length - 3} more articles credit them to someone else.`);
  }
  if (q.flags.includes('third-person')) {
    notes.push(`⚠ These words speak of ${q.speaker} in the third person; they are unlikely to be ${q.speaker}'s own.`);
    for (const s of c?.conflict?.sources.filter((x) => x.factId).slice(0, 3) ?? []) notes.push(`${s.articleId.slice(0, 3)} has the same words as narration: “${shown(s.text ?? '', 200)}”`);
  }
  const article = kb.lookup.article.get(q.articleId)!;
  if (c && article.labels.includes('machine-reworded')) {
    const original = c.memberIds
      .map((id) => kb.lookup.quote.get(id)!)
      .find((x) => !kb.lookup.article.get(x.articleId)!.labels.includes('machine-reworded') && x.articleId !== q.articleId);
    if (original) notes.push(`This copy is machine-reworded; ${original.articleId.slice(0, 3)} has it as “${shown(original.text, 200)}”.`);
  }
  if (c && others.length && c.independent > 1) notes.push(`Also in ${capped(others, (id) => id.slice(0, 3), ', ')} (${c.independent} independent articles).`);
  // The same statement worded otherwise elsewhere (a translation, a trimmed quote): up to two of those wordings.
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const worded = new Set([words(q.text)]);
  for (const id of c?.memberIds ?? []) {
    const other = kb.lookup.quote.get(id);
    if (!other || other.articleId === q.articleId || worded.has(words(other.text)) || worded.size > 2) continue;
    if (kb.lookup.article.get(other.articleId)?.labels.includes('machine-reworded') || other.speakerId !== q.speakerId) continue;
    worded.add(words(other.text));
    notes.push(`${other.articleId.slice(0, 3)} words it “${shown(other.text, 200)}”`);
  }
  return notes;
}

export function renderQuotes(kb: KnowledgeBase, a: QuoteAnswer): Answer {
  const articles = articleMap(kb);
  const items = a.quotes.slice(0, MAX_ITEMS + 1).map((q) => {
    const frag = q.fragment ? ' *(fragment)*' : '';
    // A fragment alone says little: the sentence it stands in says what it was about.
    const context = q.fragment && q.context ? `\n> *in:* ${escapeMarkdown(truncate(q.context.replace(/\s+/g, ' '), 220))}` : '';
    const notes = crossSourceNotes(kb, q).map((n) => `\n${n}`).join('');
    return `> “${shown(q.text, 700)}”${frag}${context}\n${citation(articles.get(q.articleId)!)}${notes}`;
  });
  const about = a.about ? ` about “${escapeMarkdown(truncate(a.about, 60))}”` : '';
  const title = `What ${a.person.name} said${a.aboutMissed ? '' : about}`;
  const note = a.aboutMissed ? `Nothing ${a.person.name} said matches “${escapeMarkdown(truncate(a.about!, 60))}”; here is everything.\n\n` : '';
  const answer = paged(
    title,
    items,
    5,
    `${a.quotes.length === a.copies ? `${a.copies} quote${a.copies === 1 ? '' : 's'}` : `${a.quotes.length} statements, ${a.copies} quotes`}${a.source ? ` in ${a.source.map((s) => s.id.slice(0, 3)).join(', ')}` : ''}`,
    `The articles quote no words of ${a.person.name}${a.source ? ' in that source' : ''}.`,
  );
  if (note) answer.pages[0]!.embeds![0]!.description = note + (answer.pages[0]!.embeds![0]!.description ?? '');
  return answer;
}

/** Events a date shows in a timeline; asked for that date alone (`whole`: `from` and `to` the same), all of them. */
const EVENTS_SHOWN = 4;
/** In a date shown in full, events per item: several items page like any others. */
const EVENTS_PER_ITEM = 8;

export function renderTimeline(_kb: KnowledgeBase, entries: TimelineEntry[], opts: { from?: string; to?: string; about?: string; whole?: string }): Answer {
  const line = (ev: TimelineEntry['events'][number]) => `• ${escapeMarkdown(truncate(ev.text, 220))} \`${ev.articleId.slice(0, 3)}\``;
  const heading = (e: TimelineEntry, more = '') =>
    `**${formatDate(e.date, e.precision)}**${more} — reported by ${e.articleIds.length} article${e.articleIds.length === 1 ? '' : 's'} (${escapeMarkdown(e.outlets.join(', '))})`;
  const items = entries.slice(0, MAX_ITEMS + 1).flatMap((e) => {
    if (opts.whole && e.date === opts.whole) {
      const parts: string[] = [];
      for (let i = 0; i < e.events.length; i += EVENTS_PER_ITEM) {
        parts.push(`${heading(e, i ? ' (continued)' : ` — all ${e.events.length} events`)}\n${e.events.slice(i, i + EVENTS_PER_ITEM).map(line).join('\n')}`);
      }
      return parts;
    }
    const lines = e.events.slice(0, EVENTS_SHOWN).map(line);
    if (e.events.length > EVENTS_SHOWN) lines.push(`• … ${e.events.length - EVENTS_SHOWN} more: \`/timeline from:${e.date} to:${e.date}\` shows them all`);
    return [`${heading(e)}\n${lines.join('\n')}`];
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
    const also =
      f.articleCount > 1
        ? `stated in ${f.articleCount} articles (${capped(f.articleIds, (id) => id.slice(0, 3), ', ', f.articleCount)}), ${f.independent} independent`
        : 'stated in 1 article';
    const amounts = f.numbers.map((n) => `\n${renderComparison(n)}`).join('');
    return `${escapeMarkdown(truncate(f.fact.text, 600))}\n${citation(articles.get(f.fact.articleId)!)} · ${also}${amounts}`;
  });
  return paged(`Facts: “${q}”`, items, 4, `${facts.length} sentence${facts.length === 1 ? '' : 's'}, best first`, '');
}

/** At most this many article numbers or amounts in one line; the rest are counted ("+ 40 more"). */
const LIST_CAP = 8;
function capped<T>(list: readonly T[], show: (t: T) => string, sep: string, total = list.length): string {
  const shown = list.slice(0, LIST_CAP).map(show).join(sep);
  return total > LIST_CAP ? `${shown}${sep}+ ${total - LIST_CAP} more` : shown;
}

/** One amount across the articles: "100,000 troops: 4 articles agree" or where they differ. */
export function renderComparison(n: NumberComparison): string {
  const label = n.qualifier === 'scheduled' ? `${n.unit} (scheduled)` : n.unit;
  const ids = (v: NumberComparison['values'][number]) => capped(v.articleIds, (id) => id.slice(0, 3), ', ');
  const exact = n.values.filter((v) => !v.approximate);
  const vague = n.values.filter((v) => v.approximate);
  const tail = vague.length ? `; vaguer: ${escapeMarkdown(capped(vague, (v) => `“${capped(v.texts, (t) => t, '”, “')}” in ${ids(v)}`, '; '))}` : '';
  if (exact.length === 1) {
    const v = exact[0]!;
    const count = v.articleIds.length;
    return `${count > 1 ? '✓' : '·'} ${v.value.toLocaleString('en-US')} ${label}: ${count > 1 ? `${count} articles agree` : 'only'} (${ids(v)})${tail}`;
  }
  return `⚠ ${label}: the articles differ: ${capped(exact, (v) => `${v.value.toLocaleString('en-US')} in ${ids(v)}`, '; ')}${tail}`;
}

export function renderSources(kb: KnowledgeBase, list: Article[], filter: string | null): Answer {
  const items = list.slice(0, MAX_ITEMS + 1).map((a) => {
    const cited = (kb.lookup.linksByArticle.get(a.id) ?? []).filter((l) => l.kind !== 'self' && l.kind !== 'origin');
    const outlets = [...new Set(cited.map((l) => l.outlet))];
    const kind = `${a.kind}${a.labels.length ? ` · ${a.labels.join(', ')}` : ''}`;
    return `${citation(a)}\nkind: ${escapeMarkdown(kind)}${a.url ? '' : ' · no link known'}${outlets.length ? `\ncites: ${escapeMarkdown(truncate(outlets.join(', '), 300))}` : ''}`;
  });
  return paged(filter ? `Sources matching “${escapeMarkdown(truncate(filter, 60))}”` : 'Sources', items, 5, `${list.length} article${list.length === 1 ? '' : 's'}`, 'No article matches.');
}

export function renderWho(kb: KnowledgeBase, p: Person): Answer {
  const quotes = kb.lookup.quotesBySpeaker.get(p.id) ?? [];
  const articles = articleMap(kb);
  const disputed = quotes.flatMap((q) => crossSourceNotes(kb, q).filter((n) => n.startsWith('⚠')).map((n) => `“${shown(q.text, 80)}” (${q.articleId.slice(0, 3)}): ${n.slice(2)}`));
  const fields = [
    { name: 'Roles', value: escapeMarkdown(p.roles.join('; ')) || '—' },
    { name: 'Also called', value: escapeMarkdown(truncate(p.aliases.join(', '), 1000)) || '—' },
    { name: 'Quotes', value: `${quotes.length} (${quotes.filter((q) => q.fragment).length} fragments)`, inline: true },
    { name: 'Appears in', value: truncate(capped(p.articleIds, (id) => citation(articles.get(id)!), '\n'), 1024) },
    ...(disputed.length ? [{ name: '⚠ Disputed attributions', value: truncate(disputed.join('\n'), 1024) }] : []),
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
