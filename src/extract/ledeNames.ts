import { COUNTRIES, DEMONYMS, NOT_NAMES, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

/** A verb right after a subject: an auxiliary, or a word in the past or the present's third person. */
const VERB_NEXT = /^\s+(?:has|had|is|was|will|says|said|\p{Ll}{3,}(?:ed|es|s))\b/u;

/**
 * "Adele cancels Las Vegas shows" over "Adele has postponed the final weekend of her residency": a name of one to three
 * words that opens both the headline and the lede as the subject of a verb, with "her" or "his" after it before any
 * other name of two words, is a person ("Dua Lipa has taken to Instagram to clarify … her Vogue cover story"), not a
 * body ("Apple has delayed its launch"). Words the text also writes in lower case, places, peoples and titles are not.
 */
export function ledeName(text: string, lowerWords: () => ReadonlySet<string>): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const headline = lines[0];
  const name = headline && /^(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+){0,2})(?=\s)/u.exec(headline)?.[1];
  // (The lede may come after a standfirst: "Singer takes to social media …".)
  const lede = name ? lines.slice(1, 3).find((l) => l.startsWith(`${name} `)) : undefined;
  if (!name || !lede || !VERB_NEXT.test(headline.slice(name.length)) || !VERB_NEXT.test(lede.slice(name.length))) return undefined;
  const words = name.split(' ');
  if (words.some((w) => [NOT_NAMES, PLACES, COUNTRIES, DEMONYMS, ORG_HEADS, TITLE_WORDS].some((s) => s.has(w)) || ROLE_NOUNS.has(w.toLowerCase()) || lowerWords().has(w.toLowerCase()))) return undefined;
  // (The pronoun before any other name of two words in the sentence: "her Las Vegas residency", not "Tom Hale and his".)
  const sentence = lede.slice(name.length).split(/[.!?](?:\s|$)/)[0]!;
  const pronoun = /\b(?:her|his)\b/.exec(sentence);
  return pronoun && !/\p{Lu}\p{L}*\s+\p{Lu}/u.test(sentence.slice(0, pronoun.index)) ? name : undefined;
}
