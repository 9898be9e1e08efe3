import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Caller, CommandContext } from '../../commands/types.js';
import { commands } from '../../commands/index.js';
import { runCommand } from '../../src/dispatch/runner.js';
import { extractArticle } from '../../src/extract/article.js';
import { findDates, referenceFrom } from '../../src/extract/timeline.js';
import { hashText } from '../../src/ingest/load.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { LIMITS, type Reply } from '../../src/render/payload.js';
import { SEEDS, seedKb } from '../helpers.js';

/** Text built from the pieces that trip extractors: marks of every kind, names, titles, dates, furniture, odd characters. */
const piece = fc.constantFrom(
  '"', '“', '”', "'", '‘', '’', ' said ', ' he said', 'Mr Lavrov', 'Blinken', 'Russian Foreign Minister Sergei Lavrov', 'the Russian president',
  ' on Thursday', ' next week', ' in 2014', 'June of last year', 'by January 30', '\n', '\n\n', '.', ',', ' ', '[ad_1]', 'Enlarge image',
  'You may like', '1 comment:', ' -- CNN', 'according to ', '\u200b', '\u202e', '@everyone', '**', '\u0000', '١٢٣', 'שלום', '😀',
);
const articleText = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((a) => a.join('')));

const ISO = { day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

describe('extractors on arbitrary text (fast-check)', () => {
  it('never throw; every quote slices to its text; every event date is ISO 8601 at its precision', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const x = extractArticle({ id: 'fuzz', file: 'fuzz.txt', text, meta: {}, hash: hashText(text) }, { date: '2022-01-21', source: 'metadata' });
        for (const q of x.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const e of x.events) {
          expect(e.date).toMatch(ISO[e.precision]);
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
        for (const f of x.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 400 },
    );
  });

  it('findDates never throws and gives valid dates for any reference day', () => {
    fc.assert(
      fc.property(articleText, fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (text, d) => {
        const day = d.toISOString().slice(0, 10);
        for (const found of findDates(text, referenceFrom(day))) expect(found.date).toMatch(ISO[found.precision]);
      }),
      { numRuns: 200 },
    );
  });
});

const kb = await seedKb();
const ctx: CommandContext = { kb, store: new KnowledgeStore(kb, SEEDS) };
const caller: Caller = { userId: '1', isModerator: false };

function valid(r: Reply) {
  expect(r.allowed_mentions).toEqual({ parse: [] });
  expect((r.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  for (const e of r.embeds ?? []) {
    const total = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  }
  const text = JSON.stringify(r);
  expect(text).not.toMatch(/@everyone|@here|<@&?\d+>/);
}

describe('hostile option values (fast-check)', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 6000 }),
    fc.constantFrom('@everyone', '@here', '<@&123456789012345678>', '<@123456789012345678>', '**bold** _it_ `code` > quote', '\u202eovarL', 'לברוב', '\u200b\u200blavrov', 'x'.repeat(6000), ''),
  );
  it('every command answers a valid payload inside the limits that pings no one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands.keys()), hostile, hostile, async (name, a, b) => {
        const cmd = commands.get(name)!;
        const options = Object.fromEntries(cmd.options.map((o, i) => [o, i === 0 ? a : b]));
        const answer = await runCommand(name, options, ctx, caller);
        for (const page of answer.pages) valid(page);
        for (const o of cmd.options) for (const c of cmd.autocomplete?.(o, a, ctx) ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 150 },
    );
  });

  it('answers right-to-left and zero-width input as plain names', async () => {
    const a = await runCommand('quote', { speaker: '\u200blav\u200brov\u200f' }, ctx, caller);
    expect(a.pages[0]!.embeds![0]!.title).toBe('What Sergey Lavrov said');
    const rtl = await runCommand('who', { name: 'לברוב' }, ctx, caller);
    expect(rtl.pages[0]!.content).toMatch(/^No one called "לברוב" in the articles\./);
  });
});
