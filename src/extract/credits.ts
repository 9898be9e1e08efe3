import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

/**
 * Credits: a name that a byline, a writer's or editor's line or a picture's credit gives is whoever wrote the report or
 * made the picture, no one the article is about (see findOpenNames).
 */

/** A photo's credit right before a name: "AP Photo/", "Photo: ". */
const PHOTO_CREDIT = /\b(?:Photo|Photos|Photograph|Image|Picture)\s*[:/]\s*$/i;
/** "(Reuters: Alex Brandon)", "(ABC News: Jane Roe)": an agency and a colon in brackets, as a caption credits its picture. */
const AGENCY_CREDIT = /\(\s*(\p{Lu}[\p{L}.&'’ -]{1,30}):\s*$/u;
/** A post in brackets, "(Mayor: Jane Castor)", names its holder, no credit. */
const isPost = (words: string) => words.split(/\s+/).some((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()));
const agencyCredit = (before: string) => {
  const credit = AGENCY_CREDIT.exec(before)?.[1];
  return credit !== undefined && !isPost(credit);
};
/**
 * "by" that credits a writer or a picture: after a line's first words ("By", "Posted by", "Words and pictures by") or
 * after a picture's noun ("a photo by"). Not in a sentence: "first reported by Anna Castellan" names a person.
 */
const CREDIT_BY = /(?:(?:^|[\n;(|])[ \t]*(?:\p{Lu}\p{Ll}*[ \t]+(?:(?:and|&)[ \t]+\p{Ll}+[ \t]+)?)?|\b(?:[Pp]hotos?|[Pp]hotograph|[Pp]icture|[Ii]mages?|[Vv]ideo|[Ii]llustration|[Gg]raphic|[Cc]artoon|[Ff]ootage)[ \t]+)[Bb]y\s+$/u;
/** A caption's line: "Cover image: …", "Photo: …" (a "by" in it credits whoever made the picture). */
const CAPTION_LINE = /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:image|photo|photograph|picture|caption|illustration)s?\s*:/iu;
/** A byline or a credit line up to a name on it: "By Karen Lema and ", "(Reporting by Ana Ruiz in Lima and ". */
const BYLINE_BEFORE = /(?:^|[\n;(])[ \t]*(?:(?:[Aa]dditional )?[Rr]eporting |[Ww]riting |[Ee]diting |[Cc]ompiled )?[Bb]y\s+[^\n;()]{0,80}$/;

/** Whether the name at `start` of `chunk` is credited so: "By Karen Lema", "(Reporting by Will Dunham;", "(AP Photo/Alex Brandon)". */
export function isCredited(chunk: string, start: number): boolean {
  return (
    CREDIT_BY.test(chunk.slice(Math.max(0, start - 40), start)) ||
    (/\bby\s+$/.test(chunk.slice(Math.max(0, start - 4), start)) && CAPTION_LINE.test(chunk.slice(chunk.lastIndexOf('\n', start) + 1, start))) ||
    BYLINE_BEFORE.test(chunk.slice(Math.max(0, start - 90), start)) ||
    PHOTO_CREDIT.test(chunk.slice(Math.max(0, start - 12), start)) ||
    agencyCredit(chunk.slice(Math.max(0, start - 36), start))
  );
}
