import type { Person } from '../model.js';
import type { LocalPerson } from '../extract/people.js';
import { similarFirstNames } from '../extract/people.js';

export interface MergedPeople {
  people: Person[];
  /** Maps `${articleId}|${localKey}` to the merged person's id. */
  idOf: Map<string, string>;
}

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Drops a role that a more specific one contains ("Foreign Minister" beside "Russian Foreign Minister"). */
function specificRoles(roles: string[]): string[] {
  const unique = [...new Set(roles)];
  return unique.filter((r) => !unique.some((o) => o !== r && o.toLowerCase().endsWith(` ${r.toLowerCase()}`)));
}

/**
 * Merges the people of every article into one entry each: the same surname with the same or a similar first
 * name ("Sergei"/"Sergey Lavrov") is one person; a surname alone joins the person of that surname.
 */
export function mergePeople(perArticle: { articleId: string; people: LocalPerson[] }[]): MergedPeople {
  type Group = { type: Person['type']; first: string | null; last: string; members: { articleId: string; p: LocalPerson }[] };
  const groups: Group[] = [];
  const bySurname = new Map<string, Group[]>();
  // Pairs of first names recur thousands of times in a large corpus: compare each pair once.
  const similar = new Map<string, boolean>();
  const alike = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let same = similar.get(key);
    if (same === undefined) similar.set(key, (same = similarFirstNames(a, b)));
    return same;
  };
  for (const { articleId, people } of perArticle) {
    for (const p of people) {
      const key = `${p.type}|${p.last.toLowerCase()}`;
      const sameName = bySurname.get(key) ?? [];
      let g = p.first ? sameName.find((x) => !x.first || alike(x.first, p.first!)) : sameName[0];
      if (!g) {
        g = { type: p.type, first: p.first, last: p.last, members: [] };
        groups.push(g);
        sameName.push(g);
        bySurname.set(key, sameName);
      }
      if (!g.first && p.first) g.first = p.first;
      g.members.push({ articleId, p });
    }
  }
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  const people: Person[] = groups.map((g) => {
    const names = g.members.flatMap((m) => m.p.names);
    const name = mostCommon(names) ?? g.last;
    let id = slug(name) || 'someone';
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    for (const m of g.members) idOf.set(`${m.articleId}|${m.p.key}`, id);
    const aliasList = [...names, ...g.members.flatMap((m) => m.p.aliases)];
    if (g.type === 'person') aliasList.push(g.last);
    const seen = new Set([name.toLowerCase()]);
    const aliases = aliasList.filter((a) => {
      const k = a.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return {
      id,
      name,
      type: g.type,
      aliases,
      roles: specificRoles(g.members.flatMap((m) => m.p.roles)),
      articleIds: [...new Set(g.members.map((m) => m.articleId))],
    };
  });
  return { people, idOf };
}
