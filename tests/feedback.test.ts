import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackLog, type Report } from '../src/feedback.js';

const report = (reason: string): Report => ({
  at: '2026-12-01T18:00:00.000Z',
  userId: '1',
  command: 'quote',
  options: { speaker: 'lavrov' },
  shown: { title: 'What Sergey Lavrov said', text: '> “open and useful”' },
  kb: { builtAt: '2026-12-01T17:00:00.000Z', articles: 5 },
  reason,
});

describe('the feedback log (#18)', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('appends one JSON line a report and reads the latest first, skipping lines that are not reports', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parley-feedback-'));
    const log = new FeedbackLog(path.join(dir, 'state'));
    expect(await log.latest(10)).toEqual([]);
    await log.append(report('first'));
    await log.append(report('second'));
    await writeFile(log.file, '{"torn": \nnot json\n', { flag: 'a' });
    await log.append(report('third'));
    expect((await log.latest(10)).map((r) => r.reason)).toEqual(['third', 'second', 'first']);
    expect((await log.latest(2)).map((r) => r.reason)).toEqual(['third', 'second']);
  });
});
