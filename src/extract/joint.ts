import { ANONYMOUS, type Candidate, type LocalPerson, PERSON_KINDS } from './mentions.js';

/**
 * "Jo Whitfield and Martin Hale said they were …": two people speaking together are neither one alone; the pair is
 * an unnamed source, whose words get no speaker.
 */
export function jointSpeakers(text: string, candidates: readonly Candidate[]): Candidate[] {
  // (Surnames too: "Macron and Scholz said they were …".)
  const named = candidates.filter((c) => PERSON_KINDS.has(c.kind) && c.key?.startsWith('p:')).sort((a, b) => a.start - b.start);
  const joint: Candidate[] = [];
  for (let i = 1; i < named.length; i++) {
    const b = named[i]!;
    // (The whole mention of the first, not its surname's: "Vietnamese Prime Minister Pham Minh Chinh and his …".)
    const a = named.find((x) => x.end === named[i - 1]!.end && x.key === named[i - 1]!.key)!;
    // (A role may stand before the second: "President Vladimir Putin and Chinese leader Xi Jinping on Tuesday hailed".)
    if (a.key === b.key || !/^\s*,?\s+and\s+(?:[\p{L}'’.-]+\s+){0,3}$/u.test(text.slice(a.end, b.start))) continue;
    const verb = JOINT_VERB.exec(text.slice(b.end, b.end + 130));
    // (Not past an apposition after ", and": "The mayor met X, and Y, the bank chief, said" is a clause of Y's own.)
    if (!verb || !SPEECH_WORDS.has(verb[2]!) || (verb[1] && text.slice(a.end, b.start).includes(','))) continue;
    joint.push({ start: a.start, end: b.end, kind: 'anonymous', key: ANONYMOUS, text: text.slice(a.start, b.end), priority: 0.4 });
  }
  // ("Her sons, Chris Larkin and Toby Stephens, said": the second may be a full name no evidence of its own made anyone's.)
  for (const a of named) {
    const second = UNREAD_SECOND.exec(text.slice(a.end, a.end + 60));
    // (The comma closing the pair's apposition stands before the verb.)
    const verb = second ? JOINT_VERB.exec(text.slice(a.end + second[0].length, a.end + second[0].length + 130).replace(/^,(?=\s)/, '')) : null;
    if (!second || !verb || !SPEECH_WORDS.has(verb[2]!) || named.some((b) => b.start > a.end && b.start < a.end + second[0].length)) continue;
    joint.push({ start: a.start, end: a.end + second[0].length, kind: 'anonymous', key: ANONYMOUS, text: text.slice(a.start, a.end + second[0].length), priority: 0.4 });
  }
  return joint;
}
/** " and Toby Stephens": "and" and a full name of two or three capitalised words. */
const UNREAD_SECOND = /^\s+and\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}(?=,|\s+\p{Ll})/u;
// (An apposition may stand between, and an auxiliary: "Dr Ana Ruiz and Dr Tom Hale, co-chairs of the committee, said", "have agreed".)
const JOINT_VERB = /^(\s*,[^,"“”;.]{1,80},)?\s+(?:(?:on|last|this|late|early)\s+\p{L}+\s+|(?:also|both|jointly)\s+)?(?:(?:have|has|had)\s+)?(\p{Ll}+)\b/u;
/** Verbs two people say something with together (not "concluded", "continued": ended, went on). */
const SPEECH_WORDS = new Set(
  'said say says told added announced agreed insisted warned stated wrote declared replied responded hailed praised welcomed condemned denounced vowed pledged urged stressed described called criticised criticized accused rejected dismissed disputed denied argued claimed maintained recalled explained noted admitted confirmed'.split(' '),
);

/** The people a joint mention names, each with its part: "Japanese Prime Minister Fumio Kishida", "Macron". */
export function jointParts(mention: string, people: Map<string, LocalPerson>): [string, string][] {
  const out: [string, string][] = [];
  for (const part of mention.split(/,?\s+and\s+/)) {
    const ends = (name: string) => part === name || part.endsWith(` ${name}`);
    const p = [...people.values()].find((x) => x.type === 'person' && (x.names.some(ends) || ends(x.last)));
    if (p) out.push([p.key, part]);
  }
  return out;
}
