import type { Article, Cluster, Label, LabelEvidence, Quote } from '../model.js';
import { REWORDINGS } from '../ingest/rewording.js';

const SECTION_LABELS: Partial<Record<Article['sections'][number]['kind'], Label>> = {
  report: 'report',
  opinion: 'opinion',
  comments: 'reader-comments',
  roundup: 'link-roundup',
};

/** What the page says about being a translation. */
const TRANSLATION_SIGNS = [/now you can see non-english news/i, /\btranslated (?:from|by)\b/i, /\btranslation\b/i];

/** Signs of a rewording tool beyond the phrase table: its "mentioned" for "said", its ad markers. */
function rewordingSigns(text: string): string[] {
  const signs: string[] = [];
  for (const [re] of REWORDINGS) for (const m of text.matchAll(new RegExp(re.source, 'g'))) signs.push(`"${m[0]}"`);
  const mentioned = text.match(/\b(?:he|she|[A-Z][a-z]+) mentioned\b/g) ?? [];
  if (mentioned.length >= 3) signs.push(`"mentioned" for "said" ${mentioned.length} times`);
  if (/\badvised reporters\b/.test(text)) signs.push('"advised reporters" for "told reporters"');
  if (/\[ad_\d\]/.test(text)) signs.push('ad markers "[ad_1]"');
  return [...new Set(signs)];
}

/**
 * Labels an article from one vocabulary (model.ts LABELS), each with the evidence that set it: the kinds of
 * section it has, a page that says it is translated, the signs of a rewording tool (two or more), and a risk of
 * misattribution where its quotes conflict with other articles or speak of their own speaker.
 */
export function labelFromText(article: Pick<Article, 'sections' | 'kind'>, text: string): LabelEvidence[] {
  const out: LabelEvidence[] = [];
  const add = (label: Label, evidence: string[]) => out.push({ label, evidence });
  for (const [kind, label] of Object.entries(SECTION_LABELS) as [Article['sections'][number]['kind'], Label][]) {
    const sections = article.sections.filter((s) => s.kind === kind);
    if (sections.length) add(label, sections.map((s) => `${kind} section at ${s.start}–${s.end}`));
  }
  const translated = TRANSLATION_SIGNS.map((re) => text.match(re)?.[0]).filter((x): x is string => !!x).map((s) => `the page says "${s}"`);
  if (article.kind === 'translation') translated.push('metadata kind "translation"');
  if (translated.length) add('translated', translated);
  const signs = rewordingSigns(text);
  if (signs.length >= 2) add('machine-reworded', signs);
  return out;
}

/**
 * Adds misattribution-risk where the article's quotes (passed in: this article's only) conflict with other articles
 * or speak of their own speaker.
 */
export function labelMisattribution(article: Article, quotes: readonly Quote[], clusters: ReadonlyMap<string, Cluster>): LabelEvidence[] {
  const out = [...article.labelEvidence];
  const reworded = article.kind === 'rewrite' || out.some((l) => l.label === 'machine-reworded');
  const mine = quotes.filter((q) => q.articleId === article.id);
  const risky: string[] = [];
  for (const q of mine) {
    if (q.flags.includes('third-person')) risky.push(`${q.id} credits "${q.text.slice(0, 40)}…" to ${q.speaker}, whom it speaks of`);
    const c = q.clusterId ? clusters.get(q.clusterId) : undefined;
    if (q.flags.includes('conflicting-speaker') && c?.conflict) {
      const others = c.conflict.sources.filter((s) => s.articleId !== article.id && s.speakerId !== q.speakerId);
      // With two articles there is no majority: a reworded copy is the likelier one to be wrong.
      const outvoted = others.length > c.conflict.sources.filter((s) => s.speakerId === q.speakerId).length;
      if (reworded || outvoted) risky.push(`${q.id} credits "${q.text.slice(0, 40)}" to ${q.speaker}; ${others.map((o) => o.articleId.slice(0, 3)).join(', ')} to someone else`);
    }
  }
  if (risky.length) out.push({ label: 'misattribution-risk', evidence: risky });
  return out;
}
