import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../src/eval/labels.js';
import { score } from '../src/eval/score.js';
import { loadSeeds } from '../src/ingest/load.js';
import { buildKnowledgeBase } from '../src/kb/build.js';
import { seedKb } from './helpers.js';

const here = import.meta.dirname;

describe('measured accuracy against the labelled sets (npm run eval)', () => {
  it('the seeds: every labelled quote found with its speaker, every article date, event and person right', async () => {
    const s = score(await seedKb(), await readLabels(path.join(here, 'gold', 'seeds')));
    const misses = s.files.flatMap((f) => f.misses.map((m) => `${f.file}: ${m}`));
    expect(misses).toEqual([]);
    expect([s.quotes.right, s.quotes.labelled]).toEqual([72, 72]);
    expect([s.events.right, s.events.labelled]).toEqual([41, 41]);
    expect([s.dates.right, s.dates.labelled]).toEqual([3, 3]);
  });

  it('our own corpus of general patterns holds the floor it has reached', async () => {
    const dir = path.join(here, 'corpus');
    const { articles, warnings } = await loadSeeds(dir);
    const s = score(buildKnowledgeBase(articles, { warnings }), await readLabels(dir));
    // The floor is what the extractor reached when it was last raised; raise it with the score, never lower it to let
    // a change through (only when new labels ask for what is not built yet, saying which).
    expect(s.quotes.right / s.quotes.labelled).toBeGreaterThanOrEqual(FLOOR.speakers);
    expect(s.quotes.wrong / s.quotes.labelled).toBeLessThanOrEqual(FLOOR.wrong);
    expect(s.dates.right / s.dates.labelled).toBeGreaterThanOrEqual(FLOOR.dates);
    expect(s.dates.wrongWhenNone).toBeLessThanOrEqual(FLOOR.datedWithoutDate);
    expect(s.events.right / s.events.labelled).toBeGreaterThanOrEqual(FLOOR.events);
  });
});

// Measured 4330/4407 right and 2 wrong (1,007 articles; "frugal" given to Tusk, 71, and a readout's 'The Iranian
// minister also thanked India for its "balanced position", the readout said' given to the ministry, 1002); the floor is
// just under, so a change that costs a few quotes shows.
// Events 181/187: three missed are "on Thursday" in undated articles (553, 554, 578) whose story the corpus inference
// does not find (578, an analysis, shares two names and a tenth of its words with the story); they stay undated rather
// than be dated by guess. Two are spans from an event, not a day: "two days after Biden predicted" (636), "three days
// after a heated exchange" (854); the sixth "on Friday" inside a TV transcript's turn (717), as words in a quote are no
// dated statement of the article's.
const FLOOR = { speakers: 0.98, wrong: 0.01, dates: 1, datedWithoutDate: 0, events: 0.95 };
