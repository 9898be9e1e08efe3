import { DEMONYMS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
/**
 * The shapes of a sentence's subject that attribution reads (see attributeQuotes): someone unnamed opening it ("The
 * delegate for Tonga", "Grahame's brother", "Victim six"), a name after a preposition or set beside its object, and
 * whether an unnamed one is a man or a woman.
 */

/** A relative clause set off by a comma and not yet closed: "Brunei, which chairs " (a name in it is no subject). */
export const INSIDE_RELATIVE = /,\s*(?:which|who|whose|whom)\s[^,;:"“”]*$/;

/**
 * A sentence opening with "The" and a role noun within three words ("The delegate for Tonga", "A local farmer", "Another analyst"), with
 * capitals too ("The Health Secretary said", when no one was introduced so), and letters ("The US secretary of state").
 */
export const ROLE_SUBJECT = /^\s*(?:[Tt]he|A|An|an?|Her|His|Their|One|Another|another|Two|Three|Four|Five|Several|Some|\d{1,3})\s+((?:[a-z-]+|\p{Lu}\p{Ll}+|\p{Lu}{2,4})(?:\s+(?:[a-z-]+|\p{Lu}\p{Ll}+)){0,2})/u;
/**
 * A group of people opening a sentence and acting for someone named after them: "Lawyers for the actress, Carla Mendez,
 * said", "Relatives of Ana Cruz said". The name is whom they act for; the subject is the group, unnamed.
 */
export const groupActingFor = (opening: string): boolean => {
  const m = /^\s*(?:The\s+)?(\p{Lu}\p{Ll}+s)\s+(?:for|of|representing|close\s+to)\s+(?:(?:the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?$/u.exec(opening);
  return Boolean(m && ROLE_NOUNS.has(m[1]!.toLowerCase().slice(0, -1)));
};
/** Nouns for a man or a woman ("brother", "widow"). */
const MEN_NOUNS = /\b(?:brother|son|father|husband|uncle|nephew|grandson|grandfather|widower|boyfriend|king|prince|man|boy|he)\b/i;
const WOMEN_NOUNS = /\b(?:sister|daughter|mother|wife|aunt|niece|granddaughter|grandmother|widow|girlfriend|queen|princess|woman|girl|actress|waitress|she)\b/i;
export const sexOfNouns = (words: string): string | null => (MEN_NOUNS.test(words) ? 'he' : WOMEN_NOUNS.test(words) ? 'she' : null);

/** A sentence opening with someone's role or kin, unnamed: "Grahame's brother was more blunt", "Sony's spokesman said". */
export const POSSESSED_SUBJECT = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+([a-z-]+(?:\s+[a-z-]+){0,2})(?!\s+\p{Lu})/u;
/** A sentence opening with a role that a number tells apart ("Victim six led off", "Witness 3 said", "Juror No. 7"). */
export const NUMBERED_SUBJECT = /^\s*(\p{Lu}\p{Ll}+)\s+(?:No\.\s*)?(?:\d{1,3}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/u;
/** A name right after a preposition and a word or two: "owned by talent manager Scooter Braun". */
export const AFTER_PREPOSITION = /\b(?:by|with|to|from|for|of|in|against|about|than|between|among)\s+(?:\p{Ll}+\s+){1,2}$/u;
/** A name used to say whose government or time it is ("the Narendra Modi government"): no subject. */
export const ATTRIBUTIVE = /^\s+(?:government|administration|regime|era|cabinet|camp|presidency|doctrine|years)\b/;
/** A name set beside the object of a preposition, a role in lower case: "comments by China's envoy to the talks, ". */
export const APPOSED_TO_OBJECT = /\b(?:by|with|from|against|about|than|between|among)\s+(?:the|an?|his|her|their|its|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,5}\p{Ll}[\p{Ll}'’-]*,\s*$/u;
/** A role in lower case right after a body and before a name: " spokesperson Wang", " chief scientist Ana". */
export const ROLE_BEFORE_NAME = /^\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+\p{Lu}\p{Ll}/u;
/** A preposition right before a name. */
export const PREPOSITIONS =
  /\b(?:with|to|of|from|against|between|about|on|for|by|at|after|before|toward|towards|into|than|among|and|in|inside|near|during|within|through|across|over|under|like|unlike|including|alongside)\s+$/i;
/** A reporting clause that closes its sentence after a comma, from right after the name to the sentence's end. */
const TAG_TO_END = /^\s+(?:(?:has|had|also)\s+)?(?:said|says|told|tells|added|adds|stated|insisted|warned|noted|argued|claimed|wrote|explained|announced|confirmed)\b[^,;:"“”]{0,60}$/;
/**
 * Whether a name (with the sentence's text `before` and `after` it) is the subject of a reporting clause that closes
 * the sentence: "Jon Ashcroft will resign next week, Matt Hancock said on Monday." is Hancock's sentence, not Ashcroft's.
 */
export const closesWithTag = (before: string, after: string) => {
  // (Read from the end: an end-anchored pattern would try every position of the sentence before the name.)
  const b = before.trimEnd();
  return b.length > 1 && b.endsWith(',') && /\S/.test(b[b.length - 2]!) && TAG_TO_END.test(after);
};

/** Words joining a clause of its own after the first: ", and coach …", "— and …", ", but …" (a role word or two may lead). */
const JOINED_CLAUSE = /(?:,|\s[—–])\s+(?:and|but)\s+(?:(?:the\s+)?\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** A verb right after a name, maybe behind an auxiliary and a "not". */
const ACTS_AFTER = /^\s+(?:(?:could|would|did|does|was|is|has|had|will|can|also)\s+)?(?:not\s+)?\p{Ll}{2,}/u;
/** Another name right after a name: "Jordan Greenwood, Joel Eke and Luke Kuhnen are …". */
const LISTED_AFTER = /^(?:,\s*\p{Lu}|\s+and\s+\p{Lu})/u;

/**
 * The subject of a clause joined after a sentence's first ("Luke Kuhnen scored twice, and coach Bruce Bodeau could not
 * be happier"), and whether the first subject is one of several named together, whom no later "he" stands for.
 */
export function joinedSubject<M extends { start: number; end: number; key: string | null }>(text: string, end: number, ms: readonly M[], subject: M, isPerson: (key: string | null) => boolean): { m: M; listed: boolean } | null {
  const m = ms.find((x) => x.start > subject.end && x.end <= end && isPerson(x.key) && x.key !== subject.key && JOINED_CLAUSE.test(text.slice(Math.max(subject.end, x.start - 40), x.start)) && ACTS_AFTER.test(text.slice(x.end, x.end + 30)));
  return m ? { m, listed: LISTED_AFTER.test(text.slice(subject.end, subject.end + 12)) } : null;
}

/** One named right after the subject with "and", titles and all, the two acting together: "Mayor Tom Hale and Governor Jordan Ruiz toured". */
export function pairedSubject<M extends { start: number; end: number; key: string | null }>(text: string, ms: readonly M[], subject: M, isPerson: (key: string | null) => boolean): M | undefined {
  const m = ms.find((x) => x.start > subject.end);
  return m && isPerson(m.key) && m.key !== subject.key && /^\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(subject.end, m.start)) && ACTS_AFTER.test(text.slice(m.end, m.end + 30)) ? m : undefined;
}

/**
 * Whether a mention owns what follows it, so is no subject: "Biden's plan", "The United States' climate envoy"; a body
 * right before a title word names whose post it is ("European Commission President Ursula von der Leyen said"), or
 * before a role in lower case ("Chinese Foreign Ministry spokesperson Wang Wenbin reiterated").
 */
export function possesses(text: string, m: { end: number; kind: string }): boolean {
  return (
    /^['’]s\b/.test(text.slice(m.end, m.end + 3)) ||
    (text[m.end - 1] === 's' && /^['’](?!\p{L})/u.test(text.slice(m.end, m.end + 2))) ||
    (m.kind === 'org' && TITLE_WORDS.has(/^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '')) ||
    (m.kind === 'org' && ROLE_NOUNS.has(ROLE_BEFORE_NAME.exec(text.slice(m.end, m.end + 60))?.[1] ?? ''))
  );
}

/** A text its possessor put out ("The Care Quality Commission's report, published on Thursday, said"): its words are the possessor's. */
export const OWNS_DOCUMENT = /^['’]s?\s+(?:(?:latest|new|annual|final|own|official|written|joint|first|long-awaited)\s+)?(?:report|statement|letter|ruling|filing|review|study|survey|assessment|audit|judg(?:e)?ment|findings|guidance|complaint|lawsuit)\b/;

/** Two or three capitalised words opening a clause, then a verb ("Florian Sotoca scored", "Ana Paz had"). */
const NAME_THEN_VERB = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2})\s+(?:has|had|is|was|will|would|did|could|can|won|lost|met|led|took|made|became|held|scored|struck|hit|ran|broke|threw|[a-z]{3,}ed)\b/u;

/**
 * A name nobody was read from that opens a sentence and acts ("Florian Sotoca scored twice"): likely someone we could
 * not tell is a person, so a "he" after it is not someone named further back. Not a place, a body or a people.
 */
export function unreadNameSubject(opening: string, writtenAsName: (word: string) => boolean): string | null {
  const lone = WORD_THEN_VERB.exec(opening)?.[1];
  const run = NAME_THEN_VERB.exec(opening)?.[1] ?? (lone && writtenAsName(lone) ? lone : undefined);
  return run && !run.split(/[ -]/).some((w) => PLACES.has(w) || PLACE_HEADS.has(w) || ORG_HEADS.has(w) || DEMONYMS.has(w) || NOT_NAMES.has(w) || TITLE_WORDS.has(w)) ? run : null;
}

/** One capitalised word opening a clause, then a verb ("Okafor hit the winner"). */
const WORD_THEN_VERB = /^\s*(\p{Lu}\p{Ll}{2,}(?<!s))\s+(?:has|had|was|won|lost|led|took|made|held|scored|struck|hit|ran|broke|threw|met|came|went|got|gave|saw|left|kept|spent|brought|found|began|spoke|fought|drove|sold|paid|built|chose|fell|rose|stood|drew|flew|withdrew|[a-z]{3,}ed)\b/u;

/**
 * "Okafor hit the go-ahead three" where nothing made "Okafor" anyone's: a lone word is a name only if the text also
 * writes it with a capital inside a sentence ("said of Okafor") and never in lower case ("Inflation rose" is no one).
 * Answers are kept per word: a long text asks of the same words again and again.
 */
export function writtenAsName(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let named = known.get(word);
    if (named === undefined) known.set(word, (named = !new RegExp(`\\b${word.toLowerCase()}\\b`).test(text) && new RegExp(`[a-z,] ${word}\\b`).test(text)));
    return named;
  };
}

/** Family words for a man and for a woman ("father", "sister"), for KIN_OWNED and KIN_SEX. */
const MEN_KIN = 'father|son|brother|husband|grandfather|grandson|uncle|nephew|widower';
const WOMEN_KIN = 'mother|daughter|sister|wife|grandmother|granddaughter|aunt|niece|widow';
/** A possessor's family member: "'s father", "'s sister". */
export const KIN_OWNED = new RegExp(`^['’]s\\s+(?:${MEN_KIN}|${WOMEN_KIN})\\b`);
/** A sentence opening with someone's relative: "Her sister nods.", "Ana's brother was blunt." */
export const KIN_OPENING = new RegExp(`^\\s*(?:Her|His|Their|\\p{Lu}[\\p{L}'’-]*['’]s?)\\s+(?:(?:elder|older|younger|twin|late)\\s+)?(?:${MEN_KIN}|${WOMEN_KIN})\\b`, 'u');
/** A family word right before a name, a man's (1) or a woman's: "father, ", "her sister ". */
export const KIN_SEX = new RegExp(`\\b(?:(${MEN_KIN})|${WOMEN_KIN})(?:,\\s*|\\s+)$`);
