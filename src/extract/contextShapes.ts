/**
 * What the sentences around a quote say that decides whether a quote with no cue of its own takes the speaker of its
 * context (see attributeQuotes): the sentence's subject, words written on a thing, a passive, words put out.
 */

/** A sentence whose subject is a group of people ("The researchers found that … "…""): its words are theirs, nobody's. */
export const GROUP_SUBJECT = /^[\s"“”]*(?:The|These|Those|Other|Some|Many)\s+(?:[a-z]+\s+)?(?:researchers|scientists|authors|officials|analysts|experts|economists|doctors|investigators|prosecutors|lawyers|campaigners|critics|residents|protesters|organi[sz]ers|authorities|ministers|leaders|diplomats|negotiators|judges|police)\b/;
/**
 * A sentence whose subject is a name of its own ("The Government is poised to help firms "capitalise on the summer"",
 * "One Home Depot refers to a "seamless" experience", "India, which chairs the group, released a "chair's summary""):
 * its words are that one's business, not the last speaker's.
 */
export const NAMED_SUBJECT = /^[\s"“”‘’']*(?:The\s+\p{Lu}|\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\s|\p{Lu}[\p{L}'’-]*,\s+(?:which|who)\s)/u;
/** A sentence whose subject is words from someone the sentence names ("The message from the federation was clear: "…""): theirs, not the last speaker's. */
export const WORDS_FROM = /^[\s"“”]*The\s+(?:[a-z]+\s+)?(?:message|response|reply|answer|verdict|reaction|view|word|warning|line|position|retort)\s+(?:from|of)\s/;
/** Words written on a thing: "fliers reading "No heavy machinery"", "placards that said "…"": no one's speech. */
export const WRITTEN_ON = /\b(?:signs?|placards?|banners?|fliers?|flyers?|posters?|leaflets?|stickers?|t-shirts?|shirts?|caps?|graffiti|slogans?)\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|saying|says|declaring|proclaiming|bearing)\b[^"“”]*$/;

/** A verb in the passive: "was arrested", "were given", "has been charged". */
export const PASSIVE = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght)\b/u;

/** A determiner and the word after it, a noun: "the call", "his reply". */
export const DETERMINED_NOUN = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+\p{L}+/gu;

/** A sentence saying someone put out words of their own: the quote after it is theirs, not the last speaker's. */
export const PUT_OUT = /\b(?:issued|released|put out|published|posted|sent)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|letter|message|post|note|response|reply)\b/;

/** A line that reads as a headline, not a sentence: short, with no full stop, question or exclamation mark to close it. */
const headlineLike = (line: string) => line.length > 0 && !/[.!?…:;,]["”’')\]]*\s*$/.test(line) && line.split(/\s+/).length <= 25;
/** The non-empty line before offset `at`'s line, if any. */
function lineBefore(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? '' : text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
}
/**
 * A quote on a line of linked headlines ("EU pension crisis: Netherlands fears crash after 'ultra loose policy'" under
 * "Ivanka Trump: What …"): page furniture, where the line before is no sentence about the same person.
 */
export function inHeadlineList(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return headlineLike(text.slice(start, end < 0 ? text.length : end).trim()) && headlineLike(lineBefore(text, at));
}
