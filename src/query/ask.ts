import type { KnowledgeBase } from '../kb/build.js';
import type { Person } from '../model.js';
import { peopleNamedIn } from './check.js';
import { escapeRegExp } from '../util/regexp.js';

/** What a question in plain words asks for, read by rules over the knowledge base's own people (no model). */
export type Intent =
  | { kind: 'quotes'; person: Person; about: string | null }
  | { kind: 'check'; text: string }
  | { kind: 'when'; topic: string }
  | { kind: 'amount'; topic: string; question: string }
  | { kind: 'who'; person: Person }
  | { kind: 'outlets'; topic: string }
  | { kind: 'facts'; topic: string };

/** Words that shape a question but say nothing of its topic. */
const FILLER = new Set(
  `what whats what's which who whom whose when where why how did does do is are was were will would has have had say
   said says tell told about on the a an of to in at for that this these those there their his her its they he she it
   any anything something me us you please know happen happened happens happening
   many much long often outlets outlet reported report reports reporting articles article sources source cover
   covered mention mentioned mentions write wrote written and or with by from did`.split(/\s+/),
);

/** The words of a question that name its topic: the question's own words and the named people taken out. */
function topicOf(question: string, people: readonly Person[]): string {
  let rest = question;
  for (const p of people) {
    for (const n of [p.name, ...p.aliases, p.name.split(' ').at(-1)!].sort((a, b) => b.length - a.length)) {
      rest = rest.replace(new RegExp(`\\b${escapeRegExp(n)}(?:['’]s)?\\b`, 'gi'), ' ');
    }
  }
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.filter((w) => !FILLER.has(w.toLowerCase())).join(' ');
}

/** The text between quote marks in a question ("who said “…”?"), if any. */
const QUOTED = /[“"«‘']([^“”"«»‘’]{6,}?)[”"»’']/u;

/**
 * Reads a question. The shapes, tried in order: who said "…" / did X say (that) … → a check of those words; who is X
 * → who; what did X say (about Y) → quotes; when did/will/was … → timeline; how many/much/long … → amounts; which
 * outlets/articles reported … → outlets; anything else → the sentences that best answer it.
 */
export function understand(kb: KnowledgeBase, question: string): Intent {
  const q = question.trim().replace(/\s+/g, ' ');
  const lower = q.toLowerCase();
  const people = peopleNamedIn(kb, q, true).filter((p) => p.type === 'person' || /\b(?:what|did)\b/.test(lower));
  const quoted = QUOTED.exec(q)?.[1];
  if (/^who (?:said|says|told|warned|called)\b/.test(lower) || (quoted && /\bwho\b/.test(lower))) {
    return { kind: 'check', text: quoted ?? q.replace(/^who \w+\s*(?:that\s+)?/i, '').replace(/\?+$/, '') };
  }
  if (/^(?:did|does|has|was it)\b/.test(lower) && /\b(?:say|said|tell|told|call|called|claim|claimed)\b/.test(lower)) {
    return { kind: 'check', text: q.replace(/\?+$/, '') };
  }
  if (/^(?:who|what) (?:is|was|are)\b/.test(lower) && people.length === 1 && topicOf(q, people).split(' ').filter(Boolean).length <= 1) {
    return { kind: 'who', person: people[0]! };
  }
  if (people.length >= 1 && /\b(?:say|said|says|think|thinks|thought|tell|told|call|called|quote|quotes|words)\b/.test(lower)) {
    // (Anyone else the question names is part of the topic: "what did Lavrov say about NATO".)
    const about = topicOf(q, people.slice(0, 1));
    return { kind: 'quotes', person: people[0]!, about: about || null };
  }
  const topic = topicOf(q, people) || q.replace(/\?+$/, '');
  if (/^when\b/.test(lower) || /\bwhat (?:day|date|time)\b/.test(lower)) return { kind: 'when', topic };
  if (/^how (?:many|much|long|far|big|large|often)\b/.test(lower)) return { kind: 'amount', topic, question: q };
  if (/\b(?:which|what) (?:outlets?|articles?|sources?|papers?|media)\b|\bwho (?:reported|covered|wrote)\b/.test(lower)) return { kind: 'outlets', topic };
  return { kind: 'facts', topic };
}

/** The intent in one line, as the answer says it understood the question. */
export function describeIntent(i: Intent): string {
  switch (i.kind) {
    case 'quotes':
      return `what ${i.person.name} said${i.about ? ` about “${i.about}”` : ''}`;
    case 'check':
      return `who said “${i.text}”`;
    case 'who':
      return `who ${i.person.name} is`;
    case 'when':
      return `when: ${i.topic}`;
    case 'amount':
      return `how many or how long: ${i.topic}`;
    case 'outlets':
      return `which articles report: ${i.topic}`;
    case 'facts':
      return `what the articles say about: ${i.topic}`;
  }
}
