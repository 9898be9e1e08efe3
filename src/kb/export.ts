import type { KnowledgeBase } from './build.js';

/** Version of the JSON export format; bumped when a field changes meaning or goes away. */
export const EXPORT_VERSION = 1;

/** The knowledge base as the public JSON format of `npm run kb -- export` (see the README). */
export function exportKnowledgeBase(kb: KnowledgeBase) {
  return {
    version: EXPORT_VERSION,
    builtAt: kb.builtAt,
    articles: kb.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      origin: a.origin,
      published: a.published,
      referenceDate: a.referenceDate,
      referenceFrom: a.referenceFrom,
      dateSource: a.dateSource,
      url: a.url,
      kind: a.kind,
      labels: [...a.labels],
      labelEvidence: a.labelEvidence.map((l) => ({ label: l.label, evidence: [...l.evidence] })),
      hash: a.hash,
      sections: a.sections.map((s) => ({ kind: s.kind, start: s.start, end: s.end })),
    })),
    people: kb.people.map((p) => ({ id: p.id, name: p.name, type: p.type, aliases: [...p.aliases], roles: [...p.roles], articleIds: [...p.articleIds] })),
    quotes: kb.quotes.map((q) => ({
      id: q.id,
      articleId: q.articleId,
      text: q.text,
      speakerId: q.speakerId,
      speaker: q.speaker,
      cue: q.cue,
      method: q.method,
      fragment: q.fragment,
      context: q.context,
      section: q.section,
      start: q.start,
      end: q.end,
      clusterId: q.clusterId,
      flags: [...q.flags],
    })),
    events: kb.events.map((e) => ({
      id: e.id,
      articleId: e.articleId,
      date: e.date,
      precision: e.precision,
      phrase: e.phrase,
      relation: e.relation,
      text: e.text,
      start: e.start,
      end: e.end,
      clusterId: e.clusterId,
    })),
    facts: kb.facts.map((f) => ({ id: f.id, articleId: f.articleId, text: f.text, numbers: f.numbers.map((n) => ({ ...n })), start: f.start, end: f.end, clusterId: f.clusterId })),
    clusters: kb.clusters.map((c) => ({
      id: c.id,
      kind: c.kind,
      memberIds: [...c.memberIds],
      articleIds: [...c.articleIds],
      independent: c.independent,
      outlets: [...c.outlets],
      variants: c.variants.map((v) => ({ ...v })),
      conflict: c.conflict && { kind: c.conflict.kind, speakers: [...c.conflict.speakers], sources: c.conflict.sources.map((s) => ({ ...s })) },
    })),
    numbers: kb.numbers.map((n) => ({ unit: n.unit, qualifier: n.qualifier, agree: n.agree, values: n.values.map((v) => ({ ...v, texts: [...v.texts], articleIds: [...v.articleIds], factIds: [...v.factIds] })) })),
    links: kb.links.map((l) => ({ articleId: l.articleId, outlet: l.outlet, title: l.title, url: l.url, kind: l.kind, start: l.start, end: l.end })),
    warnings: kb.warnings.map((w) => ({ ...w })),
  };
}

export type KnowledgeBaseExport = ReturnType<typeof exportKnowledgeBase>;

/** Counts per article and kind, for `npm run kb -- stats`. */
export function statsTable(kb: KnowledgeBase): string {
  const rows = kb.articles.map((a) => {
    const qs = kb.quotes.filter((q) => q.articleId === a.id);
    return [
      a.id,
      a.kind,
      a.published ?? (a.referenceDate ? `(${a.referenceDate})` : '-'),
      String(qs.length),
      String(qs.filter((q) => q.speakerId).length),
      String(qs.filter((q) => q.fragment).length),
      String(kb.events.filter((e) => e.articleId === a.id).length),
      String(kb.facts.filter((f) => f.articleId === a.id).length),
      String(kb.links.filter((l) => l.articleId === a.id).length),
      String(kb.people.filter((p) => p.articleIds.includes(a.id)).length),
    ];
  });
  const header = ['article', 'kind', 'date', 'quotes', 'attributed', 'fragments', 'events', 'facts', 'links', 'people'];
  const total = ['total', '', '', ...[3, 4, 5, 6, 7, 8].map((i) => String(rows.reduce((n, r) => n + Number(r[i]), 0))), String(kb.people.length)];
  const table = [header, ...rows, total];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const people = kb.people.filter((p) => p.type === 'person').length;
  return [...lines, '', `${people} people and ${kb.people.length - people} organisations; ${kb.warnings.length} warnings`].join('\n');
}
