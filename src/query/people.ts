import type { KnowledgeBase } from '../kb/build.js';
import type { Person } from '../model.js';
import { UserError } from '../errors.js';
import { cleanInput, escapeMarkdown } from '../render/format.js';

/** Folds case, accents and leading titles so "Sergéy", "Mr Lavrov" and "the Kremlin" compare plainly. */
export function fold(s: string): string {
  return cleanInput(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/^(?:the|mr|mrs|ms|dr)\.?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance counting a swap of two neighbours as one edit ("lavorv" is one edit from "lavrov"). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function keysOf(p: Person): string[] {
  const keys = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    const f = fold(n);
    if (f) keys.add(f);
  }
  return [...keys];
}

const allowedTypos = (len: number) => (len <= 3 ? 0 : len <= 6 ? 1 : 2);

const counts = new WeakMap<KnowledgeBase, Map<string, number>>();
/** How many quotes a person has, counted once per knowledge base. */
export function quoteCount(kb: KnowledgeBase, p: Person): number {
  let c = counts.get(kb);
  if (!c) {
    c = new Map();
    for (const q of kb.quotes) if (q.speakerId) c.set(q.speakerId, (c.get(q.speakerId) ?? 0) + 1);
    counts.set(kb, c);
  }
  return c.get(p.id) ?? 0;
}

/** The closest names to what was typed, best first, for "no one called …". */
export function closestPeople(kb: KnowledgeBase, input: string, limit = 3): Person[] {
  const f = fold(input);
  return [...kb.people]
    .map((p) => ({ p, d: Math.min(...keysOf(p).flatMap((k) => [typoDistance(f, k), ...k.split(' ').map((t) => typoDistance(f, t))])) }))
    .sort((a, b) => a.d - b.d || quoteCount(kb, b.p) - quoteCount(kb, a.p))
    .slice(0, limit)
    .map((x) => x.p);
}

/**
 * Finds the person a user means by a name, alias, id or a name with a typo in it. Never returns someone else:
 * an unknown name throws a UserError that lists the closest names.
 */
export function resolvePerson(kb: KnowledgeBase, input: string, option = 'speaker'): Person {
  const f = fold(input);
  if (!f) throw new UserError('emptyName', `Give a name in \`${option}\`, for example \`lavrov\`.`);
  const byId = kb.people.find((p) => p.id === input.trim());
  if (byId) return byId;
  const rank = (ps: Person[]) => ps.sort((a, b) => quoteCount(kb, b) - quoteCount(kb, a))[0];
  const exact = kb.people.filter((p) => keysOf(p).includes(f));
  if (exact.length) return rank(exact)!;
  const token = kb.people.filter((p) => p.type === 'person' && keysOf(p).some((k) => k.split(' ').includes(f)));
  if (token.length === 1) return token[0]!;
  let best: { p: Person; d: number } | null = null;
  for (const p of kb.people) {
    for (const k of keysOf(p)) {
      for (const candidate of [k, ...(p.type === 'person' ? k.split(' ').slice(-1) : [])]) {
        const d = typoDistance(f, candidate);
        if (d <= allowedTypos(candidate.length) && (!best || d < best.d || (d === best.d && quoteCount(kb, p) > quoteCount(kb, best.p)))) best = { p, d };
      }
    }
  }
  if (best) return best.p;
  const near = closestPeople(kb, input).map((p) => p.name);
  throw new UserError('unknownPerson', `No one called "${escapeMarkdown(cleanInput(input).slice(0, 80))}" in the articles. Closest: ${near.join(', ')}.`);
}

/** Autocomplete: people whose name or an alias starts with (or contains) what is typed, those with quotes first. */
export function suggestPeople(kb: KnowledgeBase, typed: string, limit = 25): { name: string; value: string }[] {
  const f = fold(typed);
  const scored = kb.people
    .map((p) => {
      const keys = keysOf(p);
      const score = !f ? 1 : keys.some((k) => k.startsWith(f) || k.split(' ').some((t) => t.startsWith(f))) ? 2 : keys.some((k) => k.includes(f)) ? 1 : 0;
      return { p, score, quotes: quoteCount(kb, p) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.quotes - a.quotes || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, limit).map(({ p, quotes }) => ({ name: `${p.name}${quotes ? ` (${quotes} quote${quotes === 1 ? '' : 's'})` : ''}`.slice(0, 100), value: p.id }));
}
