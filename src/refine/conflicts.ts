import type { Cluster, Person, Quote } from '../model.js';
import { escapeRegExp } from '../util/regexp.js';

/** Whether a quote speaks of its own speaker in the third person ("President Putin is always ready …", said Putin). */
export function speaksOfSpeaker(q: Quote, speaker: Person | undefined): boolean {
  if (speaker?.type !== 'person') return false;
  const surname = speaker.name.split(' ').at(-1)!;
  return new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(q.text);
}

/**
 * Marks conflicts: the same words credited to different people in different articles, and a quote credited to the
 * person it speaks of. Returns each quote's flags, by place (undefined: none).
 */
export function findConflicts(
  clusters: Cluster[],
  /** Each cluster's members, by place in `quotes`. */
  members: readonly (readonly number[])[],
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  /** Whether the quote at a place speaks of the speaker (speaksOfSpeaker). */
  speaks: (i: number, speaker: Person | undefined) => boolean = (i, speaker) => speaksOfSpeaker(quotes[i]!, speaker),
): (string[] | undefined)[] {
  const flags: (string[] | undefined)[] = new Array(quotes.length);
  const flag = (i: number, f: string) => {
    const list = (flags[i] ??= []);
    if (!list.includes(f)) list.push(f);
  };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speakerId && speaks(i, people.get(q.speakerId))) flag(i, 'third-person');
  }
  clusters.forEach((c, k) => {
    if (c.kind !== 'quote') return;
    const at = members[k]!;
    const persons = at.filter((i) => quotes[i]!.speakerId && people.get(quotes[i]!.speakerId!)?.type === 'person');
    const speakers = [...new Set(persons.map((i) => quotes[i]!.speakerId!))];
    const spread = new Set(persons.map((i) => quotes[i]!.articleId)).size > 1;
    const sources = () => at.map((i) => ({ articleId: quotes[i]!.articleId, quoteId: quotes[i]!.id, speakerId: quotes[i]!.speakerId }));
    if (speakers.length > 1 && spread) {
      c.conflict = { kind: 'speaker', speakers, sources: sources() };
      for (const i of persons) flag(i, 'conflicting-speaker');
    } else if (at.some((i) => flags[i]?.includes('third-person'))) {
      c.conflict = { kind: 'third-person', speakers, sources: sources() };
    }
  });
  return flags;
}
