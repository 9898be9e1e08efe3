import type { DateSource, Section, SourceArticle } from '../model.js';
import { CONTENT_SECTIONS } from '../model.js';
import { splitSections } from '../ingest/sections.js';
import { latestFullDate, ownDate } from './ownDate.js';
import { COUNTRIES, DEMONYMS, STORY_STOPWORDS, TITLE_WORDS } from './lexicon.js';

/** The first pass over an article, before full extraction: its sections, its own date, the words that tell its story. */

/** A capitalised word after a lower-case one, a comma or a colon: a name inside a sentence. */
const NAME_IN_SENTENCE = /[a-z,;:] ([A-Z][a-z]{3,})/g;

/** Words of a country's name that are no country alone ("United States", "Czech Republic"). */
const COUNTRY_PARTS = /^(?:United|States|Kingdom|Republic|Union)$/;

/** Marks a proper name among an article's words ("@rotterdam"): date inference counts them apart. */
export const NAME_MARK = '@';

/** A wire dateline's city in capitals: "OSLO, October 9", "NEW DELHI (Reuters)". */
const DATELINE_CITY = /^\s*([A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})(?:,| \()/;

/** Marks a country's name among them ("#china"): a word like the others, not one of the story's names. */
const COUNTRY_MARK = '#';

/** First pass over an article: its sections and its own date, enough to place it before full extraction. */
export function surveyArticle(source: SourceArticle): { sections: Section[]; date: string | null; dateSource: DateSource; words: Set<string>; monthDay?: string; latest?: string; places?: string[] } {
  const sections = splitSections(source.text, source.meta);
  const { date, source: dateSource, monthDay } = ownDate(source.text, sections, source.meta.published);
  const words = new Set<string>();
  const places = new Set<string>();
  const firstContent = sections.find((x) => CONTENT_SECTIONS.has(x.kind));
  for (const s of sections) {
    // ("GENEVA, Jan. 21 (Xinhua)": a dateline's city, in capitals, is a place of the story as a name inside a sentence is.)
    const city = s.kind === 'dateline' || s === firstContent ? DATELINE_CITY.exec(source.text.slice(s.start, s.start + 60))?.[1] : undefined;
    for (const w of city?.split(/[ -]/) ?? []) if (w.length >= 4) words.add(NAME_MARK + w.toLowerCase());
    if (!CONTENT_SECTIONS.has(s.kind)) continue;
    const chunk = source.text.slice(s.start, s.end);
    for (const w of chunk.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!STORY_STOPWORDS.has(w)) words.add(w);
    // Proper names inside a sentence (a capital after a lower-case word), marked: the people and places of the story.
    // (ASCII only: a plain pattern is a fifth of the cost of a Unicode one, and this is a similarity signal.)
    NAME_IN_SENTENCE.lastIndex = 0;
    for (let m = NAME_IN_SENTENCE.exec(chunk); m; m = NAME_IN_SENTENCE.exec(chunk)) {
      const n = m[1]!;
      // (A country's is one of the words but no name of the story: two stories on China and the United States share them.)
      if (TITLE_WORDS.has(n) || DEMONYMS.has(n) || STORY_STOPWORDS.has(n.toLowerCase())) continue;
      const country = COUNTRIES.has(n) || COUNTRY_PARTS.test(n);
      words.add((country ? COUNTRY_MARK : NAME_MARK) + n.toLowerCase());
      if (!country && chunk.slice(m.index - 2, m.index + 1) === ' in') places.add(n.toLowerCase());
    }
  }
  const latest = date ? null : latestFullDate(source.text);
  return { sections, date, dateSource, words, ...(monthDay ? { monthDay } : {}), ...(latest ? { latest } : {}), ...(places.size ? { places: [...places] } : {}) };
}

