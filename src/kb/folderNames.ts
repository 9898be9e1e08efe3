import type { ArticleExtraction } from '../extract/article.js';
import { foldName, nameShape, similarFirstNames } from '../extract/names.js';
import { NAME_MARK } from '../extract/survey.js';
import { TITLE_WORDS } from '../extract/lexicon.js';
import { isGivenName } from '../extract/givenNames.js';

/** How many of the articles naming someone are compared with one that writes the surname bare (a bound for a folder of thousands). */
const STORY_CHECKS = 100;
/** The story's names two articles must share, past the surname itself, when they share no one else (see sameStory). */
const SHARED_NAMES = 3;

/**
 * People across the folder: a name one article writes with no evidence of its own ("Mirzoyan arrived at the venue",
 * "Jeyhun Bayramov of Azerbaijan are expected") is the person another article of the same story names in full with
 * evidence, if the folder names only one person of that surname. For each article, the full names to read it with
 * again (see extractArticle's folderNames), or undefined when it needs none.
 */
export function folderHints(extractions: readonly ArticleExtraction[]): (string[] | undefined)[] {
  // The surnames the articles write bare, as written: only people of these are looked at (a folder where every name
  // has its evidence, as the synthetic benchmark's, asks nothing more).
  const wanted = new Set<string>();
  for (const x of extractions) for (const u of x.unread ?? []) wanted.add(u.includes(' ') ? nameShape(u).last : u);
  if (!wanted.size) return extractions.map(() => undefined);
  // Every full name the articles found someone by, under its surname, with the articles that did: with two given
  // names that differ, neither.
  const bySurname = new Map<string, { first: string; full: string; articles: number[] } | null>();
  extractions.forEach((x, i) => {
    let speakers: Set<string | null> | undefined;
    for (const p of x.people) {
      if (!wanted.has(p.last) || p.type !== 'person' || !p.first || !p.names[0]?.includes(' ')) continue;
      speakers ??= new Set(x.quotes.map((q) => q.speakerId));
      // (Only someone the article is sure of: with a title, a given name we know, or words of their own; not a name read
      // on thinner evidence, which may be a thing's or a place's: "Amazon founder Jeff Bezos's Blue Origin", "candidate
      // South Bend, Ind., Mayor Pete Buttigieg".)
      if (!speakers.has(p.key) && !isGivenName(p.first.split(/[\s-]/)[0]!) && !p.roles.some((r) => r.split(/\s+/).some((w) => TITLE_WORDS.has(w)))) continue;
      const key = foldName(p.last);
      const had = bySurname.get(key);
      if (had === undefined) bySurname.set(key, { first: p.first, full: p.names[0], articles: [i] });
      else if (had && !similarFirstNames(had.first, p.first)) bySurname.set(key, null);
      else if (had && had.articles.at(-1) !== i) had.articles.push(i);
    }
  });
  return extractions.map((x, i) => {
    if (!x.unread) return undefined;
    const shapes = x.unread.map((u) => (u.includes(' ') ? nameShape(u) : null));
    const runs = shapes.filter((r) => r !== null);
    const hints = new Set<string>();
    for (const [k, u] of x.unread.entries()) {
      const shape = shapes[k] ?? null;
      const surname = foldName(shape ? shape.last : u);
      const known = bySurname.get(surname);
      if (!known?.articles.slice(0, STORY_CHECKS).some((k) => k !== i && sameStory(extractions[k]!, x, surname))) continue;
      // A run in full is read as written, if its given name is the known one's.
      if (shape) {
        if (shape.first && similarFirstNames(shape.first, known.first)) hints.add(u);
        continue;
      }
      // A surname alone, unless the article writes it after another given name ("Dustin Johnson" beside a folder's
      // Boris Johnson).
      if (runs.some((r) => foldName(r.last) === surname && r.first && !similarFirstNames(r.first, known.first))) continue;
      hints.add(known.full);
    }
    return hints.size ? [...hints].sort() : undefined;
  });
}

/**
 * Whether two articles tell one story, as far as a name goes: they name someone else in common (reports of the same
 * talks name the same ministers), or share a few more of the story's names (places, people) past the surname.
 */
function sameStory(a: ArticleExtraction, b: ArticleExtraction, surname: string): boolean {
  const surnames = new Set(a.people.filter((p) => p.type === 'person').map((p) => foldName(p.last)));
  if (b.people.some((p) => p.type === 'person' && foldName(p.last) !== surname && surnames.has(foldName(p.last)))) return true;
  let shared = 0;
  for (const w of b.words) if (w.startsWith(NAME_MARK) && w !== NAME_MARK + surname && a.words.has(w) && ++shared >= SHARED_NAMES) return true;
  return false;
}
