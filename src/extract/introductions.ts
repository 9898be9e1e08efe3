import type { Line } from '../ingest/sections.js';
import type { Attribution } from './attribution.js';
import type { LocalPerson, Mention } from './mentions.js';
import { outsideQuotes, type QuoteSpan } from './quoteMarks.js';
import { ROLE_NOUNS } from './lexicon.js';

/**
 * Quotes standing alone under a line that ends in a colon and names one person, or that is only a name and its body
 * ("Christine Lagarde (ECB)"): "Governor Ruth Adeyemi had this to say:" ¶ "…"; "Here are the key quotes from Prime Minister X's news conference:" ¶ HOUSING ¶ "…" ¶ "…". Every
 * paragraph that is only a quote belongs to that person, across short headings, until a paragraph of narration.
 * Only quotes with no speaker of their own (or one carried over from the sentences before) are given one.
 */
export function quotesUnderIntroduction(
  text: string,
  lines: readonly (Line & { heading: boolean })[],
  spans: readonly QuoteSpan[],
  attributions: Attribution[],
  mentions: readonly Mention[],
  people: ReadonlyMap<string, LocalPerson>,
): void {
  let owner: string | null = null;
  let unknownOwner = false;
  // Under a line announcing someone's key statements, the bullets below are that one's words, paraphrase and all.
  let listed = false;
  let q = 0;
  let m = 0;
  for (const line of lines) {
    const inLine: number[] = [];
    while (q < spans.length && spans[q]!.open < line.start) q++;
    for (let k = q; k < spans.length && spans[k]!.open < line.end; k++) inLine.push(k);
    while (m < mentions.length && mentions[m]!.start < line.start) m++;
    // A heading that is only a name and its body, or a name, its role and a colon, starts that person's quotes.
    if (isNameHeading(line.text) && inLine.length === 0) {
      // (Or a body the line names and no person: "Grenfell United, which represents survivors:".)
      owner = personIn(line, m) ?? bodyIn(line, m) ?? null;
      continue;
    }
    // ("Tigers manager A.J. Hinch" alone on its line: a short line ending in a person's name, over their quotes.)
    const named = inLine.length === 0 && line.text.split(/\s+/).length <= 6 && !/[.!?:,;]$/.test(line.text) ? personIn(line, m) : undefined;
    if (named && mentions.some((x) => x.key === named && x.end === line.end)) {
      owner = named;
      continue;
    }
    // ("Key quotes" over bullets, the speaker named only in the standfirst: the one person named above it.)
    if (KEY_QUOTES.test(line.text) && inLine.length === 0) {
      owner = onlyPersonBefore(line.start);
      unknownOwner = false;
      continue;
    }
    // ("TASS has compiled the key statements of the Kremlin representative." over "- … was a response "to …"": the one
    // person the line names, else the one named above it.)
    if (KEY_STATEMENTS.test(line.text) && inLine.length === 0 && !BULLET.test(line.text)) {
      owner = personIn(line, m) ?? onlyPersonBefore(line.start);
      listed = owner !== null;
      unknownOwner = false;
      continue;
    }
    if (listed && BULLET.test(line.text)) {
      // (A body the bullet's paraphrase names is what the speaker talks about: "- The Russian Federation will respond
      // every time: "This practice will continue."" is still the speaker's; a person named speaking keeps the words.)
      for (const k of inLine) {
        const a = attributions[k]!;
        if (!a.speakerKey || a.method === 'continuation' || a.method === 'context' || people.get(a.speakerKey)?.type !== 'person') {
          attributions[k] = { speakerKey: owner, cue: 'listed above', method: 'continuation' };
        }
      }
      continue;
    }
    if (listed && ABOUT_LINE.test(line.text) && inLine.length === 0) continue;
    listed = false;
    // A subheading, a short line in capitals ("HOUSING") or a topic line ("On the record, and on Sampras:") between
    // the quotes keeps their owner.
    // (A date alone on its line, "19 May 2023", above the quotes of that day, too; and "On Ukraine" with no colon.)
    // (And a subheading of a few words the page ran into its paragraphs, "Team news", with no sentence's end.)
    const subheading = owner !== null && /^\p{Lu}[^.!?:;"“”]{1,40}$/u.test(line.text) && line.text.split(/\s+/).length <= 5;
    if ((line.heading || subheading || /^[^\p{Ll}]{2,40}$/u.test(line.text) || (owner && (TOPIC_LINE.test(line.text) || ABOUT_LINE.test(line.text) || DATE_LINE.test(line.text)))) && inLine.length === 0) continue;
    if ((owner || unknownOwner) && inLine.length && onlyQuotes(text, line, inLine.map((k) => spans[k]!))) {
      // ("On Skubal: "He gave us everything."": under the manager's name, the topic names whom the words are about.)
      const topic = owner !== null && TOPIC_OPENING.test(line.text);
      for (const k of inLine) {
        const a = attributions[k]!;
        if (!a.speakerKey || a.method === 'continuation' || a.method === 'context' || topic) {
          // ("Feijóo had this to say:" with no person we know: someone else introduced it, not the last speaker.)
          attributions[k] = owner ? { speakerKey: owner, cue: 'introduced above', method: 'continuation' } : { speakerKey: null, cue: null, method: null };
        }
      }
      unknownOwner = false;
      continue;
    }
    owner = null;
    unknownOwner = false;
    // ("Tottenham boss Ange Postecoglou spoke to the media. Here is what he said." over "On the title race:" ¶ "…": the
    // one person the line names.)
    if (HERE_IS_WHAT.test(line.text) && inLine.length === 0) {
      owner = personIn(line, m) ?? null;
      continue;
    }
    if (!line.text.endsWith(':') || inLine.length) continue;
    // The person the introducing sentence names (the one, or the first of its mentions that is a person): the line's
    // last sentence ("Watson was arrested. In touting it, Peace wrote a release that reads:" is Peace's).
    owner = personIn(line, m, line.start + lastSentenceStart(line.text)) ?? null;
    unknownOwner = owner === null;
  }

  /** The one person the text names before `at`, if it names exactly one. */
  function onlyPersonBefore(at: number): string | null {
    const keys = new Set(mentions.filter((x) => x.start < at && x.key && people.get(x.key)?.type === 'person').map((x) => x.key));
    return keys.size === 1 ? [...keys][0]! : null;
  }

  /** The one body a line names, when it names no one else (mentions from index `m`). */
  function bodyIn(line: Line, m: number): string | undefined {
    const keys = new Set<string>();
    for (let k = m; k < mentions.length && mentions[k]!.start < line.end; k++) if (mentions[k]!.key) keys.add(mentions[k]!.key!);
    const [key] = keys;
    return keys.size === 1 && people.get(key!)?.type === 'organisation' ? key : undefined;
  }

  /** The first person mentioned in a line from `from` on (mentions from index `m`). */
  function personIn(line: Line, m: number, from = line.start): string | undefined {
    for (let k = m; k < mentions.length && mentions[k]!.start < line.end; k++) {
      if (mentions[k]!.start < from) continue;
      const key = mentions[k]!.key;
      if (key && people.get(key)?.type === 'person') return key;
    }
    return undefined;
  }
}

/** Whether a line holds nothing but its quotes (marks, spaces and punctuation around them). */
function onlyQuotes(text: string, line: Line, quotes: readonly QuoteSpan[]): boolean {
  // ("On his outing: "…"": a topic before the quotes, as a postgame sheet sets each answer.)
  return !/[\p{L}\p{N}]/u.test(outsideQuotes(text, line, quotes).replace(TOPIC_OPENING, ''));
}

/** "Christine Lagarde (ECB)": a name and its body alone on a line, heading the quotes below (PATTERNS 1.6). */
export const NAME_HEADING = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+\([^()]{2,60}\)$/u;

/** "Jane Roe, partner at Roe LLP:": a name and its role alone on a line, ending in the colon that opens their quotes (PATTERNS 1.6). */
export const NAME_ROLE_HEADING = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+[^:\n"“”]{2,80}:$/u;
/** "Tarik Skubal, starting pitcher", "Olaf Scholz, German chancellor" alone on its line, no colon, ending in a role noun. */
const NAME_ROLE_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|der|de|da|di|al|bin|el|la|le)){1,4},\s+(?:[\p{L}.-]+\s+){0,3}([\p{Ll}-]+)$/u;
/**
 * "Mayor of London Sadiq Khan:", "Housing Secretary Angela Rayner told the BBC:": a title and a name in capitals alone on
 * a line (a few words of where they said it after), ending in the colon that opens their quotes; not a topic line, "On
 * Son Heung-min:", whose quotes are someone else's about them.
 */
const TITLED_NAME_COLON = /^(?!(?:On|About|Regarding|Concerning|As|For|In|At|To|With|From|After|Before|Over|Why|What|How|When|Where|Who)\s)(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,7}\p{Lu}[\p{L}'’.-]*(?:\s+(?:told|said|tells)(?:\s+[\p{L}'’.-]+){1,3})?:$/u;
/** A news agency's shot list before a speaker: "1. SOUNDBITE: (English) ", "SOUNDBITE (Arabic) ". */
const SOUNDBITE = /^(?:\d{1,2}\.\s+)?SOUNDBITE\s*:?\s*(?:\([\p{L} ]{2,20}\)\s*:?\s*)?/u;
/** A line that names whose quotes follow it: a name heading, a name with its role and a colon, or a name and a role noun. */
export const isNameHeading = (written: string) => {
  const line = written.replace(SOUNDBITE, '');
  return NAME_HEADING.test(line) || NAME_ROLE_HEADING.test(line) || TITLED_NAME_COLON.test(line) || ROLE_NOUNS.has(NAME_ROLE_LINE.exec(line)?.[1] ?? '');
};

/** "Key quotes", "What she said", "In his own words": a heading over a list of someone's quotes. */
const KEY_QUOTES = /^(?:(?:the\s+)?(?:key|main|best|top|notable)\s+quotes?|quotes?|what (?:he|she|they) said|in (?:his|her|their) (?:own )?words)\s*:?$/i;

/**
 * "the key statements of", "the main points from", or closing its line ("TASS has compiled the key statements."): a
 * line announcing a list of someone's words.
 */
const KEY_STATEMENTS = /\b(?:key|main|principal)\s+(?:statements|quotes|remarks|points|comments|takeaways)(?:\s+(?:of|from|by|made by)\b|[.:]?$)/i;

/** A bulleted line: "- …", "• …". */
const BULLET = /^[-–•*▪●]\s+/;

/** "About the President's schedule", "On the prospects of a treaty": a topic heading over a list of bullets. */
const ABOUT_LINE = /^(?:On|About|Regarding|Concerning|As for)\b[^.!?"“”:]{1,100}:?$/;

/** "19 May 2023", "May 19, 2023": a date alone on its line. */
const DATE_LINE = /^(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})$/u;

/** A line closing on "Here is what he said.", "Here's what she had to say", announcing the answers below. */
// ("Here is everything he said.", "Here's all she had to say:".)
const HERE_IS_WHAT = /\bHere(?:['’]s| is) (?:what|everything|all) (?:he|she) (?:said|told [\p{L} ]{2,30}|had to say)[.:]?$/u;
/** "On Andy:", "About the final:": a short line naming what the quotes below are about. */
const TOPIC_LINE = /^(?:On|About|Asked about|Asked if|On whether)\b[^.!?"“”]{1,100}:$/;
const TOPIC_OPENING = /^\s*(?:On|About|Asked about|Asked if|On whether)\b[^.!?"“”:]{1,100}:\s*/;

/** Where the last sentence of a line starts (0 for a line of one sentence). */
function lastSentenceStart(line: string): number {
  let at = 0;
  // (A full stop after three lower-case letters: "Mr." and "Gen." end no sentence.)
  for (const m of line.matchAll(/(?:(?<=\p{Ll}{3})\.|[!?])["”’)]*\s+(?=["“‘]?\p{Lu})/gu)) at = m.index! + m[0].length;
  return at;
}
