import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

/** What may stand between a quote and the name in its tag: "…," the 14th-ranked Ruiz said; "…," United manager Ruben Costa said. */

/** Up to two lower-case words that are no preposition or conjunction ("while Ri said": the name would open a clause of its own). */
const GAP_WORDS = '(?:(?!(?:with|to|of|from|and|for|in|on|at|by|about|against|than|as|but|or|into|over|after|before|while|whereas|when|because|since|although|though|if|unless|so|yet|where|until)\\s)[a-z]+(?:-[a-z]+)?\\s+){0,2}';
/** What may stand between a quote and the name after it: an article and a word or two; before a titled name also a capitalised word or two ("United manager"). */
// (An age or a rank may stand first: "…," 47-year-old housewife Ana Cruz said; "…," the 14th-ranked Ruiz said.)
const GAP_BEFORE = new RegExp(`^[\\s,.;:—–-]*(?:(?:an?|the)\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)?-[a-z]+(?:-[a-z]+)?\\s+)?${GAP_WORDS}$`);
// (Digits may be part of such a word: "…", Cop26 president Alok Sharma has warned.)
const GAP_BEFORE_TITLED = new RegExp(`^[\\s,.;:—–-]*(?:(?:an?|the)\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)?-[a-z]+(?:-[a-z]+)?\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.-]*\\s+){0,3}${GAP_WORDS}$`, 'u');

/**
 * The gap before a name with a list of roles taken off its front: "…," chairman, CEO and president Ana Ruiz said;
 * "…," lead author and agency scientist Luca Pagano said. Every item of the list ends in a role noun or an acronym
 * ("CEO"), so "…," the company and Ana Ruiz said (two speakers) keeps its "and".
 */
function roleListOff(gap: string): string {
  const list = /^([\s,.;:—–-]*)((?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,\s*|\s+and\s+))+/u.exec(gap);
  if (!list) return gap;
  const items = list[2]!.split(/,\s*|\s+and\s+/).filter(Boolean);
  const isRole = (item: string) => {
    const last = item.trim().split(/\s+/).at(-1)!;
    return ROLE_NOUNS.has(last.toLowerCase()) || /^[A-Z]{2,4}$/.test(last);
  };
  return items.every(isRole) ? list[1]! + gap.slice(list[0].length) : gap;
}

/**
 * Whether a gap between a quote and a name lets the name tag the quote; a titled name may have capitalised words
 * before it, and a name that comes with its role ("chief Suharyanto") the words that qualify the role.
 */
export function fitsTagGap(gap: string, titled: boolean, withRole = false): boolean {
  return (titled ? GAP_BEFORE_TITLED : GAP_BEFORE).test(roleListOff(gap)) || longRole(gap, withRole) || postOf(gap) || DOCUMENT_FROM.test(gap);
}

/** A document and who put it out: "…," a statement from Downing Street said. */
const DOCUMENT_FROM = /^[\s,]*(?:an?|the)\s+(?:[a-z]+\s+)?(?:statement|readout|release|communiqu[eé])\s+(?:from|by|issued by)\s+(?:the\s+)?$/;

/** "of" a country or a body, once or twice, as a post's words go on: "of Foreign Affairs of Russia ". */
const OF_BODY = String.raw`of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?`;
/** A post "of" a country or a body before a name, as translated copy writes it: " the Minister of Foreign Affairs of Russia ". */
const POST_OF = new RegExp(String.raw`^[\s,.;:—–-]*(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3})${OF_BODY}$`, 'u');
/** After a post, "of" a country or a body and a name: " of Spain Pedro Sanchez", " of the United States Ana Ruiz". */
// (An honorific may open the name: " of Foreign Affairs of Vietnam Mr. Pham Gia Khiem".)
export const POST_OF_BEFORE_NAME = new RegExp(String.raw`^\s+${OF_BODY}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}`, 'u');

export function postOf(gap: string): boolean {
  const post = POST_OF.exec(gap)?.[1];
  return Boolean(post?.trim().split(/\s+/).some((w) => TITLE_WORDS.has(w)));
}

/** Lower-case words with an acronym in brackets among them: "…," national disaster agency (BNPB) chief Suharyanto told. */
const LONG_ROLE = /^[\s,]*(?:(?:an?|the)\s+)?((?:(?:[a-z]+(?:-[a-z]+)?|\(\p{Lu}{2,8}\))\s+){3,7})$/u;
/** Words that would open a clause of its own or a place, not a role: "…," said officials in the agency chief's office. */
const NOT_IN_ROLE = /^(?:with|to|of|from|and|for|in|on|at|by|about|as|but|or|while|whereas|when|because|since|if|so|said|says|told|who|which|that)$/;

/**
 * A long role before a name, ending in a role noun (" national disaster mitigation agency (BNPB) chief "), or before a
 * name that comes with its role (" national disaster mitigation agency " before "chief Suharyanto").
 */
function longRole(gap: string, withRole: boolean): boolean {
  const words = LONG_ROLE.exec(gap)?.[1]?.trim().split(/\s+/);
  return Boolean(words && (withRole || ROLE_NOUNS.has(words.at(-1)!)) && !words.some((w) => NOT_IN_ROLE.test(w)));
}
