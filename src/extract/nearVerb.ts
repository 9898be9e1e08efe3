import { NAME_ASIDE } from './cues.js';
import { ROLE_NOUNS } from './lexicon.js';
import { postOf } from './tagGaps.js';
import { ANONYMOUS, type Mention } from './mentions.js';

/** Who stands next to a speech verb: the name just before it ("Lavrov said"), or just after it ("said Lavrov"). */

/**
 * What may stand between a speaker and the verb: "he bleakly predicted", "Lavrov, in the meantime, known as", "Zelensky,
 * who tweeted", "the Research Council, which called", "Seo Ji-hoon, the ministry's spokesman, who said", and a party and
 * state in brackets, "Gov. Roy Cooper (D) said", "Sen. Ana Ruiz (R-Texas) told"; a day, "X on Thursday said".
 */
const VERB_GAP = new RegExp(
  `^(?:\\s+|\\s*,\\s*(?:who\\s+|which\\s+)?|\\s*,[^,"“”]{1,30},\\s*(?:who\\s+|which\\s+)?|${NAME_ASIDE}\\s+)(?:(?:also|then|again|did|does|do|has|had|have|once|later|earlier|further|not|already|still|never|just|previously|first|too|even|[a-z]+ly|on\\s+[A-Z][a-z]+day|yesterday|today)\\s+)*$`,
);
/** A person's apposition that runs on to a second name set beside a description: ", chief officer at X, …, the former chief ". */
// (Or a relative clause whose object the second is: "Marta Quintal, who met the bank chief Anders Lindqvist, says".)
const APPOSITION_CHAIN = /^,(?:(?:(?!\band\s+\p{Lu})[^.;:!?"“”]){1,200},\s*(?:the|a|an|his|her|its|their)\s+[^.;:!?"“”,]{0,60}|\s*(?:who|which)\s+(?:\p{Ll}+\s+){1,6})$/u;
const PERSON_FIRST = new Set(['name', 'title', 'honorific']);
/** Verbs that put words in someone else's mouth: "cited X as saying", "the ministry paraphrased Yang as saying". */
export const QUOTING_VERBS = 'cited|quoted|cites|quotes|citing|quoting|paraphrased|paraphrases|paraphrasing';
// ("quoted her rival Tom Rhee as saying": a possessive or an article and a role word or two may stand before the name;
// "quoted Moscow's ambassador to the US, Alexander Darchiev, as saying": the role set off by a comma, with what it is to;
// "quoted Russian Foreign Ministry spokeswoman Maria Zakharova as saying": a body's name before the role.)
const QUOTING_RIGHT_BEFORE = new RegExp(
  `\\b(?:${QUOTING_VERBS})\\s+(?:(?:(?:his|her|their|its|the|a)\\s+|\\p{Lu}[\\p{L}-]*['’]s\\s+|(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){1,4})(?:[a-z-]+\\s+){0,2}(?:[a-z-]+(?:\\s+(?:to|of|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*)?,\\s+)?)?$`,
  'u',
);
/** How far before a name such a verb may start: the longest of them, a space, a role's words and a character to find its word's edge. */
const QUOTING_REACH = Math.max(...QUOTING_VERBS.split('|').map((v) => v.length)) + 60;
/** Nouns that are cues after a possessive: "Lavrov's remarks". */
export const NOUN_CUE = /^(?:remarks|comments)$/;

/** Kin "of" someone described, then a name set beside that one: "the family of one victim, 83-year-old ". */
const KIN_OF_APPOSED =
  /\b(?:family|families|relatives|parents|children|widow|widower|wife|husband|mother|father|son|daughter)\s+of\s+(?:the|an?|one|two|three|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Ll}[\p{Ll}'’-]*,\s*(?:\d{1,3}-year-old\s+)?(?:\p{Ll}+\s+)?$/u;

/** The person right before a speech verb, past adverbs and a clause set off by commas ("Zakharova, who spoke, said"). */
export function adjacentBefore(text: string, ms: Mention[], verbAt: number, verb: string): Mention | undefined {
  const candidates = ms.filter((m) => m.end <= verbAt && m.key);
  const m = candidates.at(-1);
  if (!m) return undefined;
  const gap = text.slice(m.end, verbAt);
  // ("described the High Court ruling as "sensible"": after "the", a name and an -ing form are a noun, not someone
  // speaking, unless words follow it as they follow a verb: "the High Court ruling that …".)
  if (/ing$/.test(verb) && /^\s+$/.test(gap) && /\b(?:the|a|an|this|that|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^\s*(?:that\b|["“:])/.test(text.slice(verbAt + verb.length, verbAt + verb.length + 8))) return undefined;
  if (VERB_GAP.test(gap)) {
    // "Lena Marsh, the president of the Dairy Union, said", "a lawyer for the group said": a body after a role and
    // "of", "at" or "for" is where the one before it works, not who speaks.
    const holder = m.kind === 'org' ? candidates.at(-2) : undefined;
    // ("Neil Bradley of the U.S. Chamber of Commerce called it": a place or an initialism the body's name leaves out.)
    if (holder && holder.kind !== 'org' && /^\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{Lu}.]*\s+)?$/u.test(text.slice(holder.end, m.start))) return holder;
    // ("Damian Collins, the chairman of the Culture, Media and Sport Committee, says": a body closing an apposition
    // about the one named before it, commas in its name and all.)
    if (holder && holder.kind !== 'org' && /^\s*,/.test(gap) && /^\s*,\s*(?:the|a|an)\s+[^"“”.;:,]{0,60}?\b(?:of|at|for)\s+(?:the\s+)?[^"“”.;:]{0,60}$/.test(text.slice(holder.end, m.start))) return holder;
    // "Zakharova, who spoke in Moscow, said" and "Blinken, like Lavrov, said": the name closing a clause set off by
    // commas is not the one speaking; the name the clause is about is.
    // (A name that is itself the apposition, "In Moscow, the Kremlin spokesman, Dmitry Peskov, said", is the one.)
    // ("Fabrice Pothier, chief strategy officer at a firm named after its founder, the former NATO chief Anders Fogh
    // Rasmussen, says": a name set beside a description inside the first one's apposition; the first one speaks.)
    const first = candidates[0];
    if (first && first !== m && PERSON_FIRST.has(first.kind) && /^\s*,\s*$/.test(gap) && APPOSITION_CHAIN.test(text.slice(first.end, m.start))) return first;
    // ("the family of one victim, 83-year-old Arthur Bell, said": a name set beside what the kin are "of" is
    // that one's; the kin speak, unnamed.)
    if (/^\s*,\s*$/.test(gap) && KIN_OF_APPOSED.test(text.slice(Math.max(0, m.start - 90), m.start))) return { ...m, key: ANONYMOUS };
    const about = /^\s*,/.test(gap) ? candidates.at(-2) : undefined;
    const clause = about ? text.slice(about.end, m.start) : '';
    // ("One protester, 34-year-old nurse Ana Cruz, said": a name set beside an unnamed one is who speaks; a body set
    // beside what an unnamed one speaks for, "A spokesperson for her record label, Northline Records, said", is not.)
    if (about?.key === ANONYMOUS && m.kind === 'org' && /^\s*,\s*$/.test(clause) && /\b(?:for|of|at)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+$/u.test(text.slice(about.start, about.end))) return about;
    const naming = about?.key === ANONYMOUS && /^\s*,\s*(?:\d{1,3}-year-old\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(clause);
    // (Not a clause of its own after ", and": "The mayor met Ana Ruiz, and Tom Roe, the bank chief, said" is Roe's.)
    // ("Sen. Susan Collins of Maine, the top Republican on the Appropriations Committee, told": where one named is from
    // may stand before the comma that opens a clause closed by a body.)
    const fromPlace = about && PERSON_FIRST.has(about.kind) && m.kind === 'org' && /^\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,/u.test(clause);
    if (!naming && /^\s*,[^,"“”.;:]{0,100}$/.test(fromPlace ? clause.replace(/^\s+of\s+[^,]+/, '') : clause) && !/^\s*,\s*(?:(?:the|a|an|his|her|their)\s+)?$/i.test(clause) && !/^\s*,\s*(?:and|but|while|whereas)\s/.test(clause)) return about;
    // ("Ana Ruiz and Tom Roe, the bank chief, say": two speaking together are no one of them.)
    if (about && about.kind !== 'org' && m.kind !== 'org' && /^\s+and\s+$/.test(text.slice(about.end, m.start))) return { ...m, key: ANONYMOUS };
    return m;
  }
  if (NOUN_CUE.test(verb) && /^['’]s\s+$/.test(gap)) return m;
  // "The statement cited Burns as saying that …": the one cited, quoted or paraphrased speaks.
  if (/^(?:saying|telling)$/.test(verb) && /^,?\s+as\s+$/.test(gap) && QUOTING_RIGHT_BEFORE.test(text.slice(Math.max(0, m.start - QUOTING_REACH), m.start))) return m;
  // ("Lavrov was quoted by RIA Novosti as saying …": the passive, the same; the one quoting may be a body we know.)
  if (verb === 'saying') {
    const quoted = m.kind === 'org' && /^\s+as\s+$/.test(gap) ? candidates.at(-2) : m;
    // ("The governor, Kazuo Ueda, was quoted by Jiji Press as saying": after an apposition's closing comma too.)
    if (quoted && /^\s*,?\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;"“”]{1,40}?\s+)?as\s+$/.test(text.slice(quoted.end, verbAt))) return quoted;
  }
  return undefined;
}

/** Between a body and the person who holds a role in it: its letters in brackets, then up to three role words. */
export const BODY_ROLE_GAP = /^\s+(?:\([A-Z]{2,8}\)\s+)?(?:[a-z-]+\s+){0,3}(?:[a-z]+-)?$/;

/** The person right after a speech verb: "said Lavrov", "said shop owner Priya Nair". */
export function invertedAfter(text: string, ms: Mention[], from: number): Mention | undefined {
  let m = ms.find((x) => x.start >= from && x.key);
  // "said Harbour Capital analyst Mei Tan": a body, a role, and the person who speaks (the body's letters in brackets
  // may stand between: "said the World Health Organization (WHO) director-general Dr Tedros").
  const person = m?.kind === 'org' ? ms.find((x) => x.start >= m!.end && x.key && x.kind !== 'org') : undefined;
  if (person && BODY_ROLE_GAP.test(text.slice(m!.end, person.start))) m = person;
  // "said Sandusky co-counsel and Carlisle attorney Karl Ruiz": a name that qualifies a role, and the one holding it.
  const holder = m && m.kind !== 'org' && m.kind !== 'pronoun' && /^\s*$/.test(text.slice(from, m.start)) ? ms.find((x) => x.start >= m!.end && x.key) : undefined;
  if (holder && (holder.kind === 'name' || holder.kind === 'title') && rolesBetween(text.slice(m!.end, holder.start), holder.kind === 'title')) return holder;
  // Right after the verb; or a word or two before a name that comes with its role ("said shop owner Priya Nair").
  // ("said astrophysicist Laura Bennett", "said lead author Dr. Amélie Roux": a role in lower case before any name.)
  const named = m && (m.kind === 'title' || m.kind === 'name' || m.kind === 'honorific');
  // ("said Northfield Research analyst Ana Ruiz": the capitalised words of where a titled person works, too.)
  const gap = text.slice(from, m?.start ?? from);
  // ("wrote 43-year-old Martin Taylor", "said 71-year-old retired nurse Ann Roe": an age may stand first.)
  // ("said the Minister of Foreign Affairs of Russia Sergey Lavrov": a post of a country or a body, as translated copy writes it.)
  // ("said the study's lead author, Professor Peter Kistler", "said the company's spokesman, Ana Ruiz": a role set before
  // the name with a comma.)
  const roleSetOff = ROLE_SET_OFF.exec(gap);
  // (A post in lower case read with the name, "spokesman, Ana Ruiz", after its determiner: "said the company's ".)
  const apposed = (named && roleSetOff !== null && ROLE_NOUNS.has(roleSetOff[1]!.toLowerCase())) || (m?.kind === 'title' && /^\p{Ll}/u.test(m.text) && /^\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(gap));
  if (!m || !(/^\s*$/.test(gap) || apposed || (named && (/^\s+(?:\d{1,3}-year-old\s+)?(?:[a-z]+\s+){0,2}$/.test(gap) || postOf(gap))) || (m.kind === 'title' && /^\s+(?:(?:a|an|the)\s+[a-z]+\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*\s+){1,3}$/u.test(gap)))) return undefined;
  // ("said Blinken and Lavrov": two speaking together are no one of them.)
  const partner = /^\s+and\s+/.exec(text.slice(m.end, m.end + 8));
  if (partner && ms.some((x) => x.key && x.kind !== 'org' && x.start === m.end + partner[0].length)) return { ...m, key: ANONYMOUS };
  // "said the Council President for May, Ambassador Linda Ward of Norland,": a description and the name it describes.
  if (m.kind === 'anaphor') {
    const n = ms.find((x) => x.start >= m.end && x.key);
    // ("said the chief engineer Marta Roig": a description read as far as a word of its role, the role's rest and the name.)
    if (n && (n.kind === 'name' || n.kind === 'title' || n.kind === 'honorific') && (DESCRIBED_NAME_GAP.test(text.slice(m.end, n.start)) || ROLE_RUNS_ON.test(text.slice(m.end, n.start))) && /^(?:\s+of\s+[^,.;:"“”\n]{1,40})?(?:[,.;]|\s*$)/.test(text.slice(n.end, n.end + 60))) return n;
  }
  // "said Hale's agent, Carol Dunn": the possessor is not the speaker; the one named after the role is, if anyone.
  if (!/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return m;
  const n = ms.find((x) => x.start > m.end && x.key);
  // (The role may be read with the name: "said the Kremlin's spokesman, Dmitry Peskov".)
  return n && /^['’]s\s+[\p{L} -]{0,40}?,?\s*$/u.test(text.slice(m.end, n.start)) ? n : { ...m, key: ANONYMOUS };
}

/** A role and a comma between a verb and a name: " the study's lead author, " (1: the role's last word). */
// (The role may run on with what it is of: "said its head of flood incident management, Jeremy Parr".)
const ROLE_SET_OFF = /^\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+)(?:\s+(?:of|for)\s+(?:[\p{L}'’&-]+\s+){0,3}[\p{L}'’&-]+)?,\s+$/u;

/** Lower-case words of a role between a description's head and the name it runs into ("the chief| engineer |Marta Roig"). */
const ROLE_RUNS_ON = /^(?:\s+[a-z][a-z-]*){0,2}\s+$/;
/** Between a description and the name set beside it: a short phrase of what it holds ("for the month of May"), a comma. */
const DESCRIBED_NAME_GAP = /^(?:\s+(?:of|for|at|to|in|on)\s+[^,.;:"“”\n]{1,40})?,\s+$/;

/**
 * Role words between two names, the last a role noun: " lawyer ", " co-counsel and Carlisle attorney "; before a
 * name that comes with its own role, role words and "and" (" co-counsel and " before "Carlisle attorney Karl Ruiz").
 */
function rolesBetween(gap: string, titled: boolean): boolean {
  const parts = /^\s+((?:(?:and\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}[\p{Ll}-]+\s+){1,3})$/u.exec(gap);
  const words = parts?.[1]?.trim().split(/\s+/) ?? [];
  if (titled && words.at(-1) === 'and') words.pop();
  return ROLE_NOUNS.has(words.at(-1) ?? '');
}
