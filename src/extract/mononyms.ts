import { COUNTRIES, DEMONYMS, NOT_NAMES, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

/** A verb right after a subject: an auxiliary, or a word in the past or the present's third person. */
const VERB_NEXT = /^\s+(?:has|had|is|was|will|says|said|\p{Ll}{3,}(?:ed|es|s))\b/u;

/**
 * "Adele cancels Las Vegas shows" over "Adele has postponed the final weekend of her residency": one word that opens
 * both the headline and the lede as the subject of a verb, with "her" or "his" after it before any other name, is a
 * person known by that one name (a singer, a footballer), not a body ("Apple has delayed its launch"). Words the text
 * also writes in lower case, places, peoples and titles are not.
 */
export function ledeMononym(text: string, lowerWords: () => ReadonlySet<string>): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline, lede] = lines;
  const name = headline && /^(\p{Lu}\p{Ll}{2,})(?=\s)/u.exec(headline)?.[1];
  if (!name || !lede || !lede.startsWith(name) || !VERB_NEXT.test(headline.slice(name.length)) || !VERB_NEXT.test(lede.slice(name.length))) return undefined;
  if ([NOT_NAMES, PLACES, COUNTRIES, DEMONYMS, ORG_HEADS, TITLE_WORDS].some((s) => s.has(name)) || ROLE_NOUNS.has(name.toLowerCase()) || lowerWords().has(name.toLowerCase())) return undefined;
  // (The pronoun before any other capitalised word of the sentence: "her Las Vegas residency", not "Tom Hale and his".)
  const sentence = lede.slice(name.length).split(/[.!?](?:\s|$)/)[0]!;
  const pronoun = /\b(?:her|his)\b/.exec(sentence);
  return pronoun && !/\p{Lu}/u.test(sentence.slice(0, pronoun.index)) ? name : undefined;
}
