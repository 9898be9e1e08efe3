import { ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';

/** The verbs and frames that cue speech, as patterns, and the tags after a quote that name someone speaking. */

export const CUE_WORDS =
  'said|says|say|saying|added|adds|adding|told|tells|tell|telling|mentioned|mentions|mentioning|advised(?: reporters)?|stated(?: this)?|' +
  'states|noted|notes|noting|warned|warns|warning|insisted|insists|insisting|urged|urges|described|describing|called(?: on)?|calls|calling|' +
  'accused|accuses|accusing|reiterated|reiterating|repeated|repeating|tweeted|wrote|writes|asked|answered|replied|declared|announced|' +
  'explained|predicted|suggest|suggests|suggested|citing|cited|confirm|confirmed|confirms|denied|denies|raised|criticized|criticised|' +
  'known as|hoped|hopes|conveyed|stressed|argued|claimed|acknowledged|admitted|pledged|vowed|remarks|comments|' +
  // A promise is speech when what is promised is said ("promised that …", "promised “every possible help”"), not when
  // it is done ("promised penalties"), or when the thing promised is described in quotes ("promised a response
  // “united, fast and severe”").
  'promised(?= that\\b|\\s+(?:(?:a|an|the)\\s+[A-Za-z-]+\\s+)?["“‘])|promises(?= that\\b|\\s+(?:(?:a|an|the)\\s+[A-Za-z-]+\\s+)?["“‘])|' +
  // "posted on X that …": posting is saying when a clause of words follows (not "posted a loss").
  // (And posting on a platform after a quote: '"…," Modi posted on X'; or closing the tag: '"…," Mujahid posted.')
  'posted(?=\\s+(?:on\\s+[A-Za-z.]+(?:\\s+[A-Z][a-z]*)?\\s+)?that\\b|\\s+on\\s+(?:X|Twitter|Facebook|Instagram|Telegram|Truth Social|social media|Weibo|LinkedIn|Threads|Bluesky)\\b|\\s*[.;]|\\s+online\\b)|' +
  // ""…," Pena shared at the press conference": sharing is saying when nothing shared is named after it (not "shared
  // a video", "shared the lead").
  'shared(?=\\s+that\\b|\\s*[,.:;]|\\s+(?:at|during|after|with|on)\\b)|shares(?=\\s+that\\b|\\s*[,.:;]|\\s+(?:at|during|after|with|on)\\b)|' +
  // "ordered officials to "urgently" evacuate": an order is saying what someone is to do (not "ordered 50 jets").
  'ordered(?=\\s+(?:[\\w-]+\\s+){0,3}to\\b)|instructed(?=\\s+(?:[\\w-]+\\s+){0,3}to\\b)|' +
  // "X indicated for his part that …": translated copy's verb of saying, only before what was said (not "indicated a
  // rise", nor a number the data indicated).
  'indicated(?=\\s+that\\b|\\s+for\\s+(?:his|her|their|its)\\s+part\\b)|indicates(?=\\s+that\\b)|' +
  // "As he put it, "…"": putting it is saying it only in that frame.
  'put it(?=\\s*[,:])|puts it(?=\\s*[,:])|' +
  // ("Michel celebrated the opening of talks as «a clear signal of hope»": celebrating or greeting something as words.)
  'celebrated(?=\\s[^.;"“”«]{1,60}\\sas\\s+["“‘«])|greeted(?=\\s[^.;"“”«]{1,60}\\sas\\s+["“‘«])|' +
  // "She pointed out that …": pointing is saying only when it is pointed out.
  'pointed out|points out|pointing out|' +
  // Phrasal verbs of a retort or a comment: "Haley shot back that …", "hit out at", "weighed in".
  'shot back|shoots back|fired back|fires back|firing back|hit back|hits back|hitting back|hit out|hits out|went on to say|weighed in|weighs in|chimed in|chimes in|' +
  // ('"…," Hale countered.', '"…," she went on.', '"…," he elaborated.': closing a tag, where nothing is countered or done;
  // "elaborate" alone is as often the adjective.)
  'elaborated(?=\\s*[,.:;]|\\s+that\\b)|countered(?=\\s*[,.:;]|\\s+that\\b)|went on(?=\\s*[,.:;])|goes on(?=\\s*[,.:;])|promised(?=\\s*[,.:;])|' +
  // "…," Hale has written: writing in the perfect, not the passive participle ("a letter written in 1990").
  'written(?<=\\b(?:has|have|had)\\s+written)(?=\\s*[,.:;]|\\s*$)|' +
  // The open lexicon (responded, continued, recalled, mocked, joked, praised, …), longest forms first.
  // ("will continue to coordinate", "if NATO continued its policy of "containment"": continuing is saying only when no
  // verb and no object follows it.)
  ['continued', 'continues', 'continue', 'continuing'].map((v) => `${v}(?!\\s+to\\b|\\s+(?:its|his|her|their|the|a|an|this|that)\\s)|`).join('') +
  SPEECH_VERBS.filter((v) => !/^(?:put|puts|putting|begin|begins|began|question\w*|object\w*|charge\w*|point\w*|counter\w*|state|continu\w*)$/.test(v)).join('|');
/** Words for how someone said it, standing in for a speech verb: "'We will not back down': Zelensky defiant", "X was scathing". */
export const STANCE_WORDS = 'defiant|adamant|upbeat|unrepentant|unapologetic|bullish|confident|optimistic|hopeful|cautious|resolute|unmoved|unbowed|blunt|candid|scathing';
export const CUE = new RegExp(`\\b(?:${CUE_WORDS})\\b`, 'g');
/** CUE, for testing whether a text has one (no `g`, so no position kept between calls). */
export const HAS_CUE = new RegExp(CUE.source);

/**
 * A role set before a name, between commas, after a quote: "…," Norway's deputy director of public prosecutions,
 * Ingrid Solheim, said; "…," the union's spokesman, Ana Cruz, told reporters. The role is headed by a role noun (the
 * word before "of", "for", "at" …, or the last) and holds no verb, so "…," the minister told his counterpart, Ana
 * Cruz, … names no speaker by it.
 */
const ROLE_FIRST = /^[\s,—–-]*((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s)\s+(?:[\p{L}.'’-]+\s+){0,10}?[\p{L}.'’-]+)\s*,\s*$/u;

export function roleBeforeName(gap: string): boolean {
  const role = ROLE_FIRST.exec(gap)?.[1];
  if (!role || HAS_CUE.test(role)) return false;
  const words = role.split(/\s+/);
  const cut = words.findIndex((w, k) => k > 1 && /^(?:of|for|at|to|in|with|on)$/.test(w));
  return ROLE_NOUNS.has((cut > 0 ? words[cut - 1]! : words.at(-1)!).toLowerCase());
}

/** A pattern's alternatives split at its own "|", not at those inside a group ("shared(?=\\s+(?:at|with)\\b)" is one). */
function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** The single words of CUE_WORDS, looked up in a Set: a tag's few words are tested one by one, not the 600-way pattern. */
const CUE_SET = new Set(topLevelAlternatives(CUE_WORDS).filter((w) => /^[a-z]+$/.test(w)));
CUE_SET.add('read').add('reads').add('continued').add('continues');

/**
 * Brackets after a name that leave it the one speaking: a US politician's party and state (" (D)", " (R-Texas)", " (D-N.Y.)"),
 * a picture's pointer, as tabloids write it (" (pictured)", " (left)"), and an age (" (74)").
 */
export const NAME_ASIDE = '\\s+\\((?:[DRI](?:-[A-Za-z. ]{1,16})?|pictured(?:\\s+[a-z]+){0,3}|left|right|centre|center|above|below|inset|\\d{1,3})\\)';
const NAME_ASIDE_ANYWHERE = new RegExp(`${NAME_ASIDE}(?=\\s)`, 'g');

/**
 * After a quote, a tag naming a speaker we could not resolve: capitalised words and a speech verb ("…," Hale's agent
 * said), a verb and capitalised words, or a description and a verb ("…?" the president asked; "…," a neighbour said).
 */
export function namedAfter(tail: string): boolean {
  // The words up to the first mark that ends a tag (an initial's full stop is kept: "Jane R. Roe said").
  // (A dash may stand between, as translated copy writes it: "«…», — the minister added".)
  // (A party and state in brackets are part of the name: "…," Gov. Roy Cooper (D-N.C.) said.)
  const start = tail
    .slice(0, 120)
    .replace(/^[\s,—–-]+/, '')
    .replace(/\b(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sgt|Lt|Rep|Sen|Gov|St)\./g, '$1')
    .replace(NAME_ASIDE_ANYWHERE, '');
  // ("…," chairman, CEO and president Ana Ruiz said: past commas, a capitalised word right before a verb; not when a
  // sentence of its own starts after the quote.)
  const clause = start.split(/[;!?"“”()]|\.(?!\p{L})/u)[0]!.trim().split(/\s+/).slice(0, 12);
  if (/^[\s,]*(?:,|\p{Ll})/u.test(tail) && clause.some((w, i) => i > 0 && CUE_SET.has(w) && /^\p{Lu}\p{Ll}/u.test(clause[i - 1]!))) return true;
  // ("…," PN's Bachok MP Mohd Syahir Che Sulaiman told: a run of capitalised words of any length, then the verb.)
  const verbAt = clause.findIndex((w) => CUE_SET.has(w));
  if (verbAt > 0 && clause.slice(0, verbAt).every((w) => /^\p{Lu}/u.test(w))) return true;
  const words = start.split(/[,;:!?"“”()]|\.(?!\p{L})/u)[0]!.trim().split(/\s+/).slice(0, 7);
  if (words.length < 2) return false;
  // ("…," Norway's deputy prosecutor, Anne-Lise Dahl, said: a role, then capitalised words and a verb, between commas.)
  const apposed = /^(.{1,120}?,)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*(\p{Ll}+)/u.exec(tail);
  if (apposed && CUE_SET.has(apposed[2]!) && roleBeforeName(apposed[1]!)) return true;
  // A name with a description between commas: "…," Martin Hale, a fellow at the centre, has written (whatever the verb).
  if (/^\s*,?\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+(?:an?|the|\p{Lu}\p{L}*['’]s)\s/u.test(tail)) return true;
  // "…," she recalled: a pronoun no one could be found for still says someone else speaks, not the last speaker.
  if (/^(?:he|she)$/.test(words[0]!) && (CUE_SET.has(words[1]!) || (/ly$/.test(words[1]!) && CUE_SET.has(words[2] ?? '')))) return true;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // A role in the plural and a verb: "…!" officers announced on their radios.
  const first = words[0]!;
  const rolePlural = /^\p{Ll}+s$/u.test(first) && (ROLE_NOUNS.has(first.slice(0, -1)) || ROLE_NOUNS.has(first.slice(0, -2)));
  if (rolePlural && (CUE_SET.has(words[1]!) || (/ly$/.test(words[1]!) && CUE_SET.has(words[2] ?? '')))) return true;
  // A verb and a capitalised word: "…," said Hale.
  if (CUE_SET.has(words[0]!) && capital(words[1]!)) return true;
  // A verb and a description: "…," said a 32-year-old man from the town.
  if (CUE_SET.has(words[0]!) && /^(?:the|a|an|one)$/.test(words[1]!) && words.length >= 3) return true;
  // Capitalised words (1-4), up to two lower-case words, a verb; or a determiner, 1-3 words, a verb.
  let k = 0;
  while (k < words.length && k < 4 && capital(words[k]!) && !/^(?:The|A|An|One)$/.test(words[k]!)) k++;
  // ("…," his lawyer said: someone unnamed, not the one "his" points to.)
  const described = k === 0 && /^(?:[Tt]he|[Aa]n?|[Oo]ne|his|her|their|its)$/.test(words[0]!);
  if (k === 0 && !described) return false;
  const from = described ? 2 : k;
  for (let i = from; i < words.length && i <= from + (described ? 2 : 2); i++) if (CUE_SET.has(words[i]!)) return true;
  return false;
}
