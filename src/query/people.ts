import type { KnowledgeBase } from '../kb/build.js';
import type { Person } from '../model.js';
import { UserError } from '../errors.js';
import { addTo } from '../util/group.js';
import { cleanInput, clip, escapeMarkdown } from '../util/format.js';

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

/** A person's folded names, kept by person (a refresh keeps the people that did not change as the same objects). */
const keysByPerson = new WeakMap<Person, string[]>();
function keysOf(p: Person): string[] {
  let keys = keysByPerson.get(p);
  if (!keys) {
    const set = new Set<string>();
    for (const n of [p.name, ...p.aliases]) {
      const f = fold(n);
      if (f) set.add(f);
    }
    keysByPerson.set(p, (keys = [...set]));
  }
  return keys;
}

const allowedTypos = (len: number) => (len <= 3 ? 0 : len <= 6 ? 1 : 2);

/** How many quotes a person has. */
export function quoteCount(kb: KnowledgeBase, p: Person): number {
  return kb.lookup.quotesBySpeaker.get(p.id)?.length ?? 0;
}

interface NameIndex {
  /** Each person's folded names, and the people in order of how often they are quoted. */
  keys: Map<Person, string[]>;
  exact: Map<string, Person[]>;
  /** People by each folded role and each ending of it ("us secretary of state", "secretary of state", "state"). */
  roles: Map<string, Person[]>;
  ranked: Person[];
  /** Each ranked person's folded names in one string, each after a newline: one search instead of one per name. */
  joined: string[];
  /** People (not organisations) by each word of their folded names. */
  tokens: Map<string, Person[]>;
}
const nameIndexes = new WeakMap<KnowledgeBase, NameIndex>();
/**
 * Folded names for every person, built once per knowledge base (on first use) and kept with it. With the knowledge
 * base this one replaces and the same people, only the ranking (by number of quotes) is made again.
 */
export function names(kb: KnowledgeBase, previous?: KnowledgeBase): NameIndex {
  let n = nameIndexes.get(kb);
  if (!n) {
    const before = previous && nameIndexes.get(previous);
    const same = before && previous.people.length === kb.people.length && previous.people.every((p, i) => p === kb.people[i]);
    const keys = same ? before.keys : new Map(kb.people.map((p) => [p, keysOf(p)]));
    const counts = new Map(kb.people.map((p) => [p, quoteCount(kb, p)]));
    const ranked = [...kb.people].sort((a, b) => counts.get(b)! - counts.get(a)! || a.name.localeCompare(b.name));
    const joined = ranked.map(joinedNames);
    if (same) n = { ...before, ranked, joined };
    else {
      const exact = new Map<string, Person[]>();
      for (const [p, ks] of keys) for (const k of ks) addTo(exact, k, p);
      const roles = new Map<string, Person[]>();
      for (const p of kb.people) {
        const endings = new Set(p.roles.flatMap((r) => fold(r).split(' ').map((_, i, words) => words.slice(i).join(' '))));
        for (const e of endings) if (e.length >= 4) addTo(roles, e, p);
      }
      const tokens = new Map<string, Person[]>();
      for (const p of kb.people) {
        if (p.type !== 'person') continue;
        for (const t of new Set(keys.get(p)!.flatMap((k) => k.split(' ')))) addTo(tokens, t, p);
      }
      n = { keys, exact, roles, ranked, joined, tokens };
    }
    nameIndexes.set(kb, n);
  }
  return n;
}

/** Each person's names and roles, folded, in one string (see NameIndex.joined); a person's never change. */
const joinedByPerson = new WeakMap<Person, string>();
function joinedNames(p: Person): string {
  let joined = joinedByPerson.get(p);
  // (Roles are searched too: "kremlin spok" suggests the Kremlin spokesman.)
  if (joined === undefined) joinedByPerson.set(p, (joined = [...keysOf(p), ...p.roles.map(fold)].map((k) => `\n${k}`).join('')));
  return joined;
}

/** People whose names have a word near the typed words (the people index, fuzzy), best match first. */
function nearNames(kb: KnowledgeBase, folded: string, fuzzy: number): Person[] {
  if (!folded) return [];
  return kb.index.people
    .search(folded, { fields: ['name', 'aliases'], fuzzy, prefix: false, combineWith: 'OR' })
    .slice(0, 25)
    .map((r) => kb.lookup.person.get(r.id as string)!);
}

/** The closest names to what was typed, best first, for "no one called …". */
export function closestPeople(kb: KnowledgeBase, input: string, limit = 3): Person[] {
  const f = fold(input).slice(0, 60);
  const near = nearNames(kb, f, 0.5);
  const { keys, ranked } = names(kb);
  const pool = near.length ? near : ranked.slice(0, 25);
  const distance = (p: Person) => {
    let best = Infinity;
    for (const k of keys.get(p)!) {
      for (const c of [k, ...k.split(' ')]) {
        // The distance is at least the difference in length: skip what cannot beat the best so far.
        if (Math.abs(c.length - f.length) >= best) continue;
        best = Math.min(best, typoDistance(f, c));
      }
    }
    return best;
  };
  return pool
    .map((p) => ({ p, d: distance(p) }))
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
  // (An autocomplete value is at most 100 characters: a longer id comes cut to its first 100.)
  const byId = kb.lookup.person.get(input.trim()) ?? (input.length === 100 ? kb.people.find((p) => p.id.startsWith(input)) : undefined);
  if (byId) return byId;
  const rank = (ps: Person[]) => [...ps].sort((a, b) => quoteCount(kb, b) - quoteCount(kb, a))[0];
  const index = names(kb);
  const exact = index.exact.get(f);
  if (exact?.length) return rank(exact)!;
  const token = index.tokens.get(f) ?? [];
  if (token.length === 1) return token[0]!;
  // A word several people share ("Sergei"): never one of them at random, but the question back.
  const sharing = [...new Set(token)].filter((p) => p.type === 'person');
  if (sharing.length > 1) {
    const who = [...sharing].sort((a, b) => quoteCount(kb, b) - quoteCount(kb, a)).slice(0, 5).map((p) => escapeMarkdown(p.name));
    throw new UserError('ambiguousName', `Which ${escapeMarkdown(clip(cleanInput(input), 40))}? ${who.join(', ')}${sharing.length > 5 ? ` and ${sharing.length - 5} more` : ''}.`);
  }
  // A role ("the secretary of state"): the one person who holds it, or the question back when several do.
  const holders = index.roles.get(f) ?? [];
  if (holders.length === 1) return holders[0]!;
  if (holders.length > 1) {
    const who = [...holders].sort((a, b) => quoteCount(kb, b) - quoteCount(kb, a)).slice(0, 5).map((p) => escapeMarkdown(p.name));
    throw new UserError('ambiguousName', `Which ${escapeMarkdown(clip(cleanInput(input), 40))}? ${who.join(', ')}${holders.length > 5 ? ` and ${holders.length - 5} more` : ''}.`);
  }
  let best: { p: Person; d: number } | null = null;
  // The people index finds the few names near what was typed; only those are measured exactly.
  for (const p of nearNames(kb, f, 0.34)) {
    for (const k of index.keys.get(p)!) {
      for (const candidate of [k, ...(p.type === 'person' ? k.split(' ').slice(-1) : [])]) {
        if (Math.abs(candidate.length - f.length) > 2) continue; // more edits than a typo is allowed
        const d = typoDistance(f, candidate);
        if (d <= allowedTypos(candidate.length) && (!best || d < best.d || (d === best.d && quoteCount(kb, p) > quoteCount(kb, best.p)))) best = { p, d };
      }
    }
  }
  if (best) return best.p;
  const near = closestPeople(kb, input).map((p) => p.name);
  throw new UserError('unknownPerson', `No one called "${escapeMarkdown(clip(cleanInput(input), 80))}" in the articles. Closest: ${near.join(', ')}.`);
}

/** Autocomplete: people whose name or an alias starts with (or contains) what is typed, those with quotes first. */
export function suggestPeople(kb: KnowledgeBase, typed: string, limit = 25): { name: string; value: string }[] {
  const f = fold(typed).slice(0, 100);
  const { ranked, joined } = names(kb);
  // People come ranked by quotes already: take the prefix matches, then the matches inside a name, until full.
  // (A folded input has no newline, so a match in the joined names never spans two of them.)
  const starts: Person[] = [];
  const inside: Person[] = [];
  const [atStart, atWord] = [`\n${f}`, ` ${f}`];
  for (let i = 0; i < ranked.length && starts.length < limit; i++) {
    const all = joined[i]!;
    if (!f || all.includes(atStart) || all.includes(atWord)) starts.push(ranked[i]!);
    else if (inside.length < limit && all.includes(f)) inside.push(ranked[i]!);
  }
  // Nothing starts with it: a name near what was typed ("lavorv" suggests Lavrov).
  const near = starts.length + inside.length === 0 && f.length >= 4 ? nearNames(kb, f, 0.34) : [];
  const scored = [...starts, ...inside, ...near].slice(0, limit).map((p) => ({ p, quotes: quoteCount(kb, p) }));
  return scored.map(({ p, quotes }) => ({ name: clip(`${p.name}${quotes ? ` (${quotes} quote${quotes === 1 ? '' : 's'})` : ''}`, 100), value: clip(p.id, 100) }));
}
