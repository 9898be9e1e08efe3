import type { PersonType } from '../model.js';
import type { Span } from '../ingest/sentences.js';

/** A person or organisation as one article shows it, before people are merged across articles. */
export interface LocalPerson {
  key: string;
  type: PersonType;
  first: string | null;
  last: string;
  /** Full names as written ("Sergei Lavrov", "Sergey Lavrov"). */
  names: string[];
  aliases: string[];
  roles: string[];
  nationality: string | null;
}

export type MentionKind = 'title' | 'honorific' | 'name' | 'anaphor' | 'org' | 'surname' | 'pronoun' | 'anonymous';

/** The key of a source the text leaves unnamed ("a senior official", "the spokesman for the minister"): its quotes get no speaker. */
export const ANONYMOUS = 'x:anonymous';

/** The kinds of mention that name a person (not a pronoun, an anaphor or a body). */
export const PERSON_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['title', 'honorific', 'name', 'surname']);

/** A place in the text that refers to someone: a name, a title, a pronoun or an organisation. */
export interface Mention extends Span {
  kind: MentionKind;
  /** The person or organisation meant; null for a pronoun until it is resolved. */
  key: string | null;
  text: string;
}

/** A mention one pass proposes, with its priority when two overlap (the lower wins; see acceptMentions). */
export type Candidate = Mention & { priority: number };

/** The organisation keyed `key` among an article's people, added under `name` when it is not there yet. */
export function organisationOf(key: string, name: string, people: LocalPerson[], byKey: Map<string, LocalPerson>): LocalPerson {
  let org = byKey.get(key);
  if (!org) {
    org = { key, type: 'organisation', first: null, last: name, names: [name], aliases: [], roles: [], nationality: null };
    people.push(org);
    byKey.set(key, org);
  }
  return org;
}
