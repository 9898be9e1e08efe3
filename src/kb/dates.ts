import { NAME_MARK } from '../extract/survey.js';
import { nearestDay } from '../extract/ownDate.js';
import { DAY_MS } from '../extract/timeline.js';
import { ClusterMemo } from '../refine/clusters.js';
import { postings } from '../util/group.js';

/** The share of words two articles must have in common to be one story (Jaccard over their words, see inferDates). */
const SAME_STORY = 0.1;
/** How far a yearless dateline's day may stand from the date of the story it borrows its year from. */
const DATELINE_WITHIN_DAYS = 14;
/** Below this many articles every word counts, however many of the dated ones hold it (see inferDates). */
const SMALL_FOLDER = 100;
/** And the proper names they must share: one story has the same places and people (the seeds share 19). */
const SAME_STORY_NAMES = 3;
/**
 * With only two names in common (one person's given name and surname, or a city and a country), the share of words
 * must be higher: two reports on Indian politics shared "Narendra", "Delhi" and a tenth of their words (minister,
 * government, press conference), and were two stories.
 */
const FEW_NAMES_STORY = 0.15;

/**
 * Distinct words in a text past which two articles need one more name in common: two long features (a novelist's
 * life, an actress's songs, 1,050 and 736 words) shared "Awards", "Rose" and "Martha" and a tenth of their words.
 */
const LONG_TEXT = 500;

/** How long before the latest day it states an article may have been written (a preview names the day ahead). */
const WRITTEN_WITHIN_DAYS = 31;

/**
 * Whether two articles each say where things happen ("in Bali", "in Geneva") and neither names the other's place:
 * two meetings of the same ministers, not one story.
 */
function elsewhere(a: { words: Set<string>; places?: string[] }, b: { words: Set<string>; places?: string[] }): boolean {
  const names = (x: typeof a, y: typeof a) => y.places!.some((p) => x.words.has(NAME_MARK + p));
  return Boolean(a.places && b.places && !names(a, b) && !names(b, a));
}

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);

/**
 * For each undated article, the date of the dated article sharing the most of its rarer words (the same story told
 * on the same day), found through an index of words rather than by comparing every pair. An article whose dateline
 * gives the day without the year keeps its day, in the year nearest that date.
 */
export function inferDates(surveys: readonly { date: string | null; words: Set<string>; monthDay?: string; latest?: string; places?: string[] }[], memo = ClusterMemo.once()): ({ date: string; from: number } | null)[] {
  // Words as numbers (kept by the memo from build to build), and for each word the dated articles that have it.
  const own = memo.wordSets(surveys.map((s) => s.words));
  const { offsets, items: dated } = postings(own, memo.vocabulary.size, (j) => Boolean(surveys[j]!.date));
  // Words in most dated articles say nothing about which story this is.
  // (Not in a small folder, where one story may fill most of it: sixteen reports of one meeting all name its two
  // ministers, and those names are what tells an undated one's story.)
  const cap = surveys.length < SMALL_FOLDER ? Number.POSITIVE_INFINITY : Math.max(3, Math.ceil(surveys.length * 0.2));
  const shared = new Uint32Array(surveys.length);
  const sharedNames = new Uint32Array(surveys.length);
  const touched = new Uint32Array(surveys.length);
  const words = memo.vocabulary.words;
  // (Read in the innermost loop: a typed array, not each survey's Set.)
  const sizes = Uint32Array.from(surveys, (s) => s.words.size);
  return surveys.map((s, i) => {
    if (s.date) return { date: s.date, from: i };
    let t = 0;
    for (let p = own.at[i]! + 1, end = p + own.data[own.at[i]!]!; p < end; p++) {
      const w = own.data[p]!;
      const from = offsets[w]!;
      const to = offsets[w + 1]!;
      if (to === from || to - from > cap) continue;
      for (let k = from; k < to; k++) if (shared[dated[k]!]!++ === 0) touched[t++] = dated[k]!;
      if (words[w]!.startsWith(NAME_MARK)) for (let k = from; k < to; k++) sharedNames[dated[k]!]!++;
    }
    // Same story, not the same news day: articles on one event share a tenth of their words or more (the seeds
    // 0.14-0.23); unrelated ones, written for our tests and measured on them, up to 0.08. And two names or more.
    // (Long texts share more names by chance: one more for each LONG_TEXT words of the shorter.)
    const sameStory = (score: number, names: number, j: number) =>
      score >= SAME_STORY && names >= 2 && (names >= SAME_STORY_NAMES + Math.floor(Math.min(sizes[i]!, sizes[j]!) / LONG_TEXT) || score >= FEW_NAMES_STORY);
    // Of the dated articles that tell the same story (a report sharing more words but one name, "Blinken", is passed
    // over for one sharing three), the day most of them give, by their shares of words in common: a preview of a
    // meeting written three days before it is the same story but not the same news day, and one against the many
    // reports of the day itself. On that day, the best by share of words; on a tie, the article met first.
    const days = new Map<string, { total: number; j: number; score: number }>();
    // (An article that states a later day than a dated one was not written on that one's day: a report of a July
    // meeting, its caption dated "July 7, 2022", is not a story of January's talks between the same two ministers.)
    const earliest = s.latest ? daysBefore(s.latest, WRITTEN_WITHIN_DAYS) : '';
    for (let x = 0; x < t; x++) {
      const j = touched[x]!;
      const n = shared[j]!;
      const names = sharedNames[j]!;
      shared[j] = 0;
      sharedNames[j] = 0;
      const score = n / (sizes[i]! + sizes[j]! - n || 1);
      const day = surveys[j]!.date!;
      if (!sameStory(score, names, j) || day < earliest || elsewhere(s, surveys[j]!)) continue;
      // ("MOSCOW, September 12. /TASS/." is no report of January's talks, whatever names they share: a dateline's day
      // must fall within days of the story's.)
      if (s.monthDay && Math.abs(Date.parse(nearestDay(s.monthDay, day)) - Date.parse(day)) > DATELINE_WITHIN_DAYS * DAY_MS) continue;
      const had = days.get(day);
      if (!had) days.set(day, { total: score, j, score });
      else {
        had.total += score;
        if (score > had.score) Object.assign(had, { j, score });
      }
    }
    let best: { total: number; j: number; score: number } | null = null;
    for (const d of days.values()) if (!best || d.total > best.total) best = d;
    if (!best) return null;
    // A dateline with the day but no year ("GENEVA, Jan 20 (Reuters)") keeps its day, in the year the story's is.
    const date = surveys[best.j]!.date!;
    return { date: s.monthDay ? nearestDay(s.monthDay, date) : date, from: best.j };
  });
}
