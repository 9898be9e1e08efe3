import type { KnowledgeBase } from '../kb/build.js';
import type { CheckAnswer } from '../query/check.js';
import type { Answer } from './answers.js';
import { citation, escapeMarkdown, truncate } from '../util/format.js';
import { reply, WARN_COLOR } from './payload.js';

/** Articles a check lists; the rest are counted. */
const SHOWN = 5;

/** Whom the articles credit, by name ("no one" for a quote they give no speaker). */
const nameOf = (kb: KnowledgeBase, id: string | null) => (id ? (kb.lookup.person.get(id)?.name ?? id) : 'no one');

/**
 * A check's answer: a warning first when the message credits someone else or the articles disagree, then who said
 * it, in how many articles (how many independent), and each article's wording with its citation.
 */
export function renderCheck(kb: KnowledgeBase, a: CheckAnswer): Answer {
  const title = `Check: “${escapeMarkdown(truncate(a.words.replace(/\s+/g, ' '), 120))}”`;
  const articles = kb.lookup.article;
  if (a.quotes.length === 0) {
    const nearest = a.nearest.map((q) => `> “${escapeMarkdown(truncate(q.text.replace(/\s+/g, ' '), 200))}” — ${escapeMarkdown(nameOf(kb, q.speakerId))}\n${citation(articles.get(q.articleId)!)}`);
    const description = `The articles do not carry these words.${nearest.length ? `\n\nThe nearest they have:\n\n${nearest.join('\n\n')}` : ''}`;
    return { pages: [reply({ title, description, color: WARN_COLOR })] };
  }
  const credited = a.speakers.filter((s): s is string => s !== null);
  const warnings: string[] = [];
  if (a.claimed && !credited.includes(a.claimed.id)) {
    warnings.push(`⚠ The message credits this to **${escapeMarkdown(a.claimed.name)}**; the articles credit it to ${credited.length ? credited.map((s) => `**${escapeMarkdown(nameOf(kb, s))}**`).join(' and ') : 'no one'}.`);
  }
  if (credited.length > 1) {
    const by = credited.map((s) => `${escapeMarkdown(nameOf(kb, s))} (${a.quotes.filter((q) => q.speakerId === s).map((q) => q.articleId.slice(0, 3)).join(', ')})`);
    warnings.push(`⚠ The articles disagree on who said it: ${by.join('; ')}.`);
  }
  const who = credited.length === 1 ? `**${escapeMarkdown(nameOf(kb, credited[0]!))}** said it` : credited.length ? 'Said' : 'Quoted with no speaker';
  const count = new Set(a.quotes.map((q) => q.articleId)).size;
  const summary = `${who}, in ${count} article${count === 1 ? '' : 's'} (${a.independent} independent)${a.likeness < 0.95 ? '; worded otherwise than the message' : ''}.`;
  const shown = a.quotes.slice(0, SHOWN).map((q) => `> “${escapeMarkdown(truncate(q.text.replace(/\s+/g, ' '), 400))}”\n${citation(articles.get(q.articleId)!)}`);
  const more = a.quotes.length > SHOWN ? `\n\n… and ${a.quotes.length - SHOWN} more.` : '';
  const description = [...warnings, summary, ...shown].join('\n\n') + more;
  return { pages: [reply({ title, description, ...(warnings.length ? { color: WARN_COLOR } : {}) })] };
}
