import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import type { Indexes, KnowledgeData } from '../../src/kb/build.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { withIndexes } from '../../src/kb/lookup.js';
import { findTimeline } from '../../src/query/answers.js';
import { fresh, Refresher } from './builds.js';

/**
 * The property #14 asks for: whatever sequence of edits, additions, removals and renames a folder of 1,000 articles
 * goes through, each refresh (keeping extractions, memos and index tokens from the build before) makes the knowledge
 * base a fresh build of the same folder makes, compared by its export, its search indexes and an answer.
 */

const ARTICLES = 1000;

type Step = { op: 'edit' | 'add' | 'remove' | 'rename'; at: number };

/** What a user and a moderator can see of a build: the export (but when it was built), the indexes, an answer. */
function seen(b: { data: KnowledgeData; index: Indexes }) {
  const kb = withIndexes(b.data, b.index);
  const { builtAt: _, ...exported } = exportKnowledgeBase(kb);
  return {
    exported: JSON.stringify(exported),
    quotes: b.index.quotes.data,
    facts: b.index.facts.data,
    events: b.index.events.data,
    timeline: JSON.stringify(findTimeline(kb, {}).slice(0, 50).map((e) => [e.date, e.events.map((x) => x.text), e.outlets])),
  };
}

async function apply(dir: string, step: Step, n: number): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const file = path.join(dir, files[step.at % files.length]!);
  if (step.op === 'edit') {
    await writeFile(file, `${await readFile(file, 'utf8')}\n\n"We will talk again on Monday," Trade Minister Ilse Varga said on Friday.\n`);
  } else if (step.op === 'add') {
    await writeFile(path.join(dir, `added_${n}.txt`), `Port talks resume\n\nOSLO, March 4, 2025 (Agency) - Talks on the port resumed on Tuesday.\n\n"Nobody wants a strike," union leader Anja de Vries said.\n`);
  } else if (step.op === 'remove') {
    if (files.length > 1) await rm(file);
  } else {
    await rename(file, path.join(dir, `renamed_${n}_${path.basename(file)}`));
  }
}

describe('a refresh equals a fresh build, over random sequences of changes (fast-check, 1,000 articles)', () => {
  it('after every step of every sequence: same export, same indexes, same timeline', async () => {
    const step = fc.record({ op: fc.constantFrom<Step['op']>('edit', 'add', 'remove', 'rename'), at: fc.nat({ max: ARTICLES }) });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 3 }), async (steps) => {
        const dir = await mkdtemp(path.join(tmpdir(), 'parley-property-'));
        try {
          await writeCorpus(dir, ARTICLES, 1000 + run++);
          const refresher = new Refresher(dir);
          await refresher.build();
          for (const [n, s] of steps.entries()) {
            await apply(dir, s, n);
            expect(seen(await refresher.build())).toEqual(seen(await fresh(dir)));
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 2, seed: 20221121 },
    );
  }, 300_000);
});
