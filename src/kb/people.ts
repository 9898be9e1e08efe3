import type { Person } from '../model.js';
import type { LocalPerson } from '../extract/mentions.js';
import { foldName, similarFirstNames } from '../extract/names.js';
import { sameValue } from '../util/same.js';

export interface MergedPeople {
  people: Person[];
  /** The merged person of a person of an article (as the article's extraction lists it). */
  personOf: (local: LocalPerson) => Person;
}

/** One article's people, as its extraction lists them. */
type PerArticle = { articleId: string; people: LocalPerson[] };
/** A person of an article, and where the person comes in the whole corpus's order (this build's). */
type Member = { articleId: string; p: LocalPerson; at: number };
/** The people of one type and surname who are one person, and what their entry says (worked out once). */
type Group = {
  type: Person['type'];
  first: string | null;
  last: string;
  members: Member[];
  entry?: Omit<Person, 'id'>;
  /** The entry's name as an id, and the person last made of the group (kept while the group keeps its id). */
  slug?: string;
  person?: Person;
};
/** Everyone of one type and surname, in article order, and the groups they make. */
type Bucket = { members: Member[]; groups: Group[]; firstMembers: number[] };

/**
 * What merging keeps from one build to the next: the groups of each surname. Groups of one surname depend only on
 * the people of that surname, in article order, so a surname whose people are the same objects in the same order as
 * last time keeps its groups and their entries; a refresh merges again only the surnames of the changed articles.
 */
export class PeopleMemo {
  private buckets = new Map<string, Bucket>();
  /** Last merge: its input and its result. */
  private last: { perArticle: readonly PerArticle[]; result: MergedPeople } | null = null;
  private readonly keys = new WeakMap<LocalPerson, string>();
  readonly groupOf = new WeakMap<LocalPerson, Group>();

  keyOf(p: LocalPerson): string {
    let key = this.keys.get(p);
    if (key === undefined) this.keys.set(p, (key = `${p.type}|${mergeKey(p.last)}`));
    return key;
  }

  /**
   * Last merge's result when every article lists the same people as last time: the same objects, or (an article
   * extracted again after an edit) people equal in every field, in the same order. The new objects take the old ones'
   * places, so the next merge finds them. A refresh after an edit that names nobody new merges nothing.
   */
  reuse(perArticle: readonly PerArticle[]): MergedPeople | null {
    const last = this.last;
    if (!last || last.perArticle.length !== perArticle.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < perArticle.length; i++) {
      const a = perArticle[i]!;
      const b = last.perArticle[i]!;
      if (a.articleId !== b.articleId) return null;
      if (a.people === b.people) continue;
      if (!sameValue(a.people, b.people)) return null;
      changed.push(i);
    }
    for (const i of changed) {
      const before = last.perArticle[i]!.people;
      perArticle[i]!.people.forEach((p, j) => {
        const old = before[j]!;
        const g = this.groupOf.get(old)!;
        this.groupOf.set(p, g);
        // The group's member, which its bucket holds too: the next merge compares the bucket's people with its own.
        for (const m of g.members) if (m.p === old) m.p = p;
      });
    }
    last.perArticle = perArticle;
    return last.result;
  }

  remember(perArticle: readonly PerArticle[], result: MergedPeople): MergedPeople {
    this.last = { perArticle, result };
    return result;
  }

  /** This build's buckets, reusing last build's where the people are the same. */
  settle(buckets: Map<string, Member[]>, group: (members: Member[]) => Bucket): Map<string, Bucket> {
    const next = new Map<string, Bucket>();
    for (const [key, members] of buckets) {
      const before = this.buckets.get(key);
      const same = before && before.members.length === members.length && before.members.every((m, i) => m.p === members[i]!.p && m.articleId === members[i]!.articleId);
      const bucket = same ? before : group(members);
      if (!same) for (const g of bucket.groups) for (const m of g.members) this.groupOf.set(m.p, g);
      next.set(key, bucket);
    }
    this.buckets = next;
    return next;
  }
}

/**
 * A surname as merging compares it: accents, "y" against "i" at the end or before a vowel, "zh" against "j", "kh"
 * against "h" and doubled letters folded, so that one name's transliterations meet ("Zelenskyy", "Zelensky",
 * "Zelenskiy"; "Ryabkov", "Riabkov"; "Zhaparov", "Japarov"); the first names must still be alike. ("Pryce" and
 * "Price" are two English names, not one spelt two ways.)
 */
function mergeKey(last: string): string {
  return foldName(last).replace(/d?zh|dj/g, 'j').replace(/kh/g, 'h').replace(/y+$|y(?=[aeiou])/g, 'i').replace(/(\p{L})\1+/gu, '$1');
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

/** The words of a post that say what it is ("Lady Justice" -> lady, justice; "attorney general" -> attorney, general). */
const postWords = (post: string) => post.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && w !== 'the' && w !== 'for' && w !== 'and');

/** Whether a person's name is written family name first ("Zhao Mingde", surname "Zhao"). */
const familyFirst = (p: LocalPerson) => p.type === 'person' && p.names.some((n) => n.startsWith(`${p.last} `));

/**
 * Merges the people of every article into one entry each: the same surname with the same or a similar first
 * name ("Sergei"/"Sergey Lavrov") is one person; a surname alone joins the person of that surname.
 */
export function mergePeople(perArticle: readonly PerArticle[], memo = new PeopleMemo()): MergedPeople {
  const kept = memo.reuse(perArticle);
  if (kept) return kept;
  // Everyone by type and surname, in article order.
  const buckets = new Map<string, Member[]>();
  let at = 0;
  for (const { articleId, people } of perArticle) {
    for (const p of people) {
      const key = memo.keyOf(p);
      const member = { articleId, p, at: at++ };
      const list = buckets.get(key);
      if (list) list.push(member);
      else buckets.set(key, [member]);
    }
  }
  // Pairs of first names recur thousands of times in a large corpus: compare each pair once.
  const similar = new Map<string, boolean>();
  const alike = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let same = similar.get(key);
    if (same === undefined) similar.set(key, (same = similarFirstNames(a, b)));
    return same;
  };
  const group = (members: Member[]): Bucket => {
    const groups: Group[] = [];
    const firstAt = new Map<Group, number>();
    const join = (g: Group | undefined, m: Member, i: number) => {
      if (!g) {
        g = { type: m.p.type, first: m.p.first, last: m.p.last, members: [] };
        groups.push(g);
      }
      firstAt.set(g, Math.min(firstAt.get(g) ?? i, i));
      g.members.push(m);
    };
    // People with a given name first, one group per given name (or its like). (A name written family name first,
    // "Zhao Mingde", has no short forms: "Ming Zhao" is someone else.)
    members.forEach((m, i) => {
      if (m.p.first) join(groups.find((x) => (familyFirst(m.p) || x.members.some((o) => familyFirst(o.p)) ? x.first === m.p.first : alike(x.first!, m.p.first!))), m, i);
    });
    // A surname alone joins the person of that surname, if there is one, or one named in at least twice as many
    // articles as any other ("Trump said" beside Donald and a few of Melania Trump); with a Boris and a Dustin Johnson
    // named as often, "Johnson said" is neither (one entry for the surname alone, as written).
    const named = groups.length;
    const bySize = groups.slice().sort((a, b) => b.members.length - a.members.length);
    const main = named === 1 || (named > 1 && bySize[0]!.members.length >= 2 * bySize[1]!.members.length) ? bySize[0] : undefined;
    // (Not one whose post shares no word with the posts the person named in full holds: "Lady Justice Carr" in a court
    // report is not Georgia's attorney general, Chris Carr, of another story.)
    const mainPosts = new Set(main?.members.flatMap((o) => o.p.roles.flatMap(postWords)));
    const fits = (p: LocalPerson) => !p.roles.length || !mainPosts.size || p.roles.some((r) => postWords(r).some((w) => mainPosts.has(w)));
    members.forEach((m, i) => {
      if (!m.p.first) join(main && fits(m.p) ? main : groups[named], m, i);
    });
    for (const g of groups) g.members.sort((a, b) => a.at - b.at);
    groups.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
    return { members, groups, firstMembers: groups.map((g) => firstAt.get(g)!) };
  };
  // Groups in the order their first person appears, as merging article by article would make them (where that is
  // comes from this build's members: a kept bucket has the same people, but they may have moved).
  const groups = [...memo.settle(buckets, group)]
    .flatMap(([key, b]) => b.groups.map((g, i) => ({ g, at: buckets.get(key)![b.firstMembers[i]!]!.at })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.g);
  const used = new Set<string>();
  const people: Person[] = groups.map((g) => {
    const entry = (g.entry ??= entryOf(g));
    const base = (g.slug ??= slug(entry.name));
    let id = base || 'someone';
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return g.person?.id === id ? g.person : (g.person = { id, ...entry });
  });
  return memo.remember(perArticle, { people, personOf: (local) => memo.groupOf.get(local)!.person! });
}

/** A group's entry: its most common full name, every other name and alias, its most specific roles, its articles. */
function entryOf(g: Group): Omit<Person, 'id'> {
  const names = g.members.flatMap((m) => m.p.names);
  const name = mostCommon(names) ?? g.last;
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
    name,
    type: g.type,
    aliases,
    roles: specificRoles(g.members.flatMap((m) => m.p.roles)),
    articleIds: [...new Set(g.members.map((m) => m.articleId))],
  };
}
