import type { Line } from '../ingest/sections.js';
import type { Attribution } from './attribution.js';
import { DEMONYMS, ORG_HEADS, PLACES, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import type { LocalPerson } from './mentions.js';
import { titleCase } from './names.js';
import { outsideQuotes, type QuoteSpan } from './quoteMarks.js';
import { turnSpeaker } from './turnSpeakers.js';

/** A heading in capitals, a post and a name: "BRITISH PRIME MINISTER KEIR STARMER", as a list of reactions sets them. */
const CAPITAL_HEADING = /^(?:[A-Z][A-Z'’.-]*[ \t]+){2,9}[A-Z][A-Z'’-]+$/;

/**
 * "UNITED NATIONS SECRETARY-GENERAL ANTONIO GUTERRES" ¶ "…": a heading in capitals that ends in a post's holder, over
 * paragraphs that are only quotes, as a wire's list of reactions writes each speaker. The words after the last title
 * word are the name (two or three, none a place's, a body's or a people's); the quotes below with no speaker of their
 * own are that person's, up to the next heading or a paragraph of narration. A heading that names a body gives none.
 */
export function capitalHeadingQuotes(
  text: string,
  lines: readonly (Line & { heading: boolean })[],
  spans: readonly QuoteSpan[],
  attributions: Attribution[],
  people: LocalPerson[],
  byKey: Map<string, LocalPerson>,
): void {
  // The heading's name, made a person only when quotes follow it.
  let heading: string | null = null;
  let owner: string | null = null;
  let q = 0;
  for (const line of lines) {
    const inLine: number[] = [];
    while (q < spans.length && spans[q]!.open < line.start) q++;
    for (let k = q; k < spans.length && spans[k]!.open < line.end; k++) inLine.push(k);
    if (inLine.length === 0 && CAPITAL_HEADING.test(line.text)) {
      heading = holderNamed(line.text);
      owner = null;
      continue;
    }
    if (heading && inLine.length && !/[\p{L}\p{N}]/u.test(outsideQuotes(text, line, inLine.map((k) => spans[k]!)))) {
      owner ??= turnSpeaker(heading, people, byKey);
      for (const k of inLine) if (!attributions[k]!.speakerKey) attributions[k] = { speakerKey: owner, cue: 'named above', method: 'continuation' };
      continue;
    }
    heading = null;
    owner = null;
  }
}

/**
 * The name a heading's words after its last title word give, if they look like one: a post proper before them, not
 * only a word that makes a title beside another ("FULL STATE SWIM RESULTS").
 */
function holderNamed(heading: string): string | null {
  const words = heading.split(/[ \t]+/).map((w) => titleCase(w));
  const isTitleWord = (w: string) => TITLE_WORDS.has(w) || w.split('-').every((x) => TITLE_WORDS.has(titleCase(x)));
  let last = -1;
  words.forEach((w, i) => {
    if (isTitleWord(w)) last = i;
  });
  const name = words.slice(last + 1);
  if (last < 0 || !words.slice(0, last + 1).some((w) => isTitleWord(w) && !TITLE_MODIFIERS.has(w))) return null;
  if (name.length < 2 || name.length > 3 || name.some((w) => PLACES.has(w) || ORG_HEADS.has(w) || DEMONYMS.has(w) || TITLE_WORDS.has(w))) return null;
  return name.join(' ');
}
