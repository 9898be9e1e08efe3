import type { QuoteSpan } from './quoteMarks.js';

/**
 * Quotes that are names, not words someone said: a title, a slogan, a term the sentence names. Attribution gives them
 * no speaker, or gives them none by carrying on from the last speaker.
 */

/** Words before a quote that introduce a term or a name for something: 'the nickname of', 'dubbed', 'known as'. */
export const TERM_BEFORE_QUOTE = /\b(?:nickname(?:d| of)?|dubbed|called|known as|named|titled|entitled|the (?:term|phrase|word|motto|slogan|label)|slogan|motto|hashtag)\s*[:,]?\s*$/i;

/** Whether every word of four letters or more in a quote of two words or more is capitalised, as in a title. */
export function isTitleCased(quote: string): boolean {
  const words = quote.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return words.length >= 2 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Small words a title in capitals keeps in lower case ("Lord of the Rings"). */
const TITLE_SMALL_WORDS = /^(?:of|the|a|an|and|in|on|for|to|at|by|with)$/;
/** A verb right after a quote makes it the subject of a clause ("FIFA" has remained …), not words someone said. */
const VERB_AFTER_QUOTE = /^\s+(?:has|have|had|is|are|was|were|will|would|can|could|remains|remained|became|becomes|sold|won)\b/;
/** A word for a work set after a quote names it: ""Deep Field," the documentary she is filming". */
const WORK_AFTER_QUOTE = /^\s*,?\s+(?:the|a|an|her|his|their|its)\s+(?:[a-z]+\s+)?(?:film|movie|documentary|book|novel|memoir|song|single|album|show|series|play|musical|game|podcast|painting)\b/;
/**
 * Words before a quote that announce the name of a work, a brand or a slogan; or "on" and maybe a broadcaster's
 * possessive, before a show ("said on CNBC's "Trading Desk"", "told viewers on "Morning Call"", "spoke to CBSN's "Red
 * and Blue"").
 */
const NAME_BEFORE_QUOTE = /\b(?:such as|called|named|titled|entitled|dubbed|film|movie|documentary|game|book|novel|song|album|show|series|programme|program|podcast|newsletter|blog|column|magazine|play|musical|exhibition|brand|slogan|hashtag|campaign|operation|set of|on(?:\s+[A-Z][\w.&-]*['’]s)?|[A-Z][\w.&-]*['’]s)\s+$/i;

/**
 * A quote that is a name (a game, a film, a slogan, a nickname): every word capitalised, at most five, no question or
 * exclamation, and a verb right after it or a word for a work before it. "FIFA" has remained …; the game "Battlefield V".
 */
export function isQuotedName(text: string, q: QuoteSpan): boolean {
  // (Five words or fewer: a long quote is no name, and is not split to find out.)
  if (q.end - q.start > 80) return false;
  const words = text.slice(q.start, q.end).replace(/[.,;:]+$/, '').split(/\s+/);
  if (words.length > 5 || /[!?]$/.test(text.slice(q.start, q.end))) return false;
  if (!words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.test(w)))) return false;
  const after = text.slice(q.close, q.close + 40);
  return VERB_AFTER_QUOTE.test(after) || WORK_AFTER_QUOTE.test(after) || NAME_BEFORE_QUOTE.test(text.slice(Math.max(0, q.open - 30), q.open));
}

/** A word for a kind of thing right after a quote, which the quote then names or describes ("the "Starts with one" campaign"). */
const KIND_AFTER_QUOTE = /^\s+(?:campaign|slogan|programme|program|initiative|project|strategy|policy|doctrine|movement|range|zone|camp|category|label|brand|tour|mode|era|phase|approach|mindset|mentality|narrative|tag|sign|banner|button|feature|effect|moment|crowd)s?\b/;

/** A quote standing between a determiner and a word for a kind of thing, as a modifier: the "it'll do" range. */
export function isModifier(text: string, q: QuoteSpan): boolean {
  return KIND_AFTER_QUOTE.test(text.slice(q.close, q.close + 30)) && /\b(?:the|a|an|its|their|his|her|our|this|that|to|or|and)\s*$/i.test(text.slice(Math.max(0, q.open - 10), q.open));
}

/** Words that name a term right before it: "the term", "the phrase", "the nickname", "known as". */
const NAMED_TERM = /\b(?:the (?:term|phrase|word|words|motto|slogan|label|hashtag|nickname)|nicknamed|known as|dubbed|titled|entitled)\s*[:,]?\s*$/i;

/** A quote the sentence names as a term ("never used the term "three amigos""): nobody's words, whoever speaks. */
export function isNamedTerm(text: string, q: QuoteSpan): boolean {
  const words = text.slice(q.start, q.end);
  return NAMED_TERM.test(text.slice(Math.max(0, q.open - 30), q.open)) || (NAMED_EFFORT.test(text.slice(Math.max(0, q.open - 20), q.open)) && EFFORT_NAME.test(words) && words.split(/\s+/).length <= 6);
}
/** A name opens with a capital, in title or sentence case ("Starts with one"): not "made the operation "no longer viable"". */
const EFFORT_NAME = /^\p{Lu}/u;

/** A word for an effort right before a short quote names it, whatever its case: the campaign "Starts with one". */
const NAMED_EFFORT = /\b(?:campaign|initiative|programme|program|operation|project)\s+$/i;
