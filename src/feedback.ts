import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** One report a user filed with "Report a problem": what was asked, what was shown, on which knowledge base, and why. */
export interface Report {
  at: string;
  userId: string;
  command: string | null;
  options: Record<string, string | undefined> | null;
  /** The answer as shown: its title and the start of its text. */
  shown: { title: string | null; text: string | null };
  /** The knowledge base the answer came from: when it was built and how many articles it had. */
  kb: { builtAt: string; articles: number };
  reason: string;
}

const REPORT = z.object({
  at: z.string(),
  userId: z.string(),
  command: z.string().nullable(),
  options: z.record(z.string(), z.string().optional()).nullable(),
  shown: z.object({ title: z.string().nullable(), text: z.string().nullable() }),
  kb: z.object({ builtAt: z.string(), articles: z.number() }),
  reason: z.string(),
});

/** A report's text fields are cut to this many characters: a line stays readable and the file small. */
export const REPORT_TEXT_MAX = 1000;

/**
 * Reports, one JSON line each, appended to `feedback.jsonl` in STATE_DIR and synced to disk before the user is
 * thanked. Reading skips a line that is not a report (a torn write, a hand edit) instead of failing.
 */
export class FeedbackLog {
  readonly file: string;
  constructor(stateDir: string) {
    this.file = path.join(stateDir, 'feedback.jsonl');
  }

  async append(report: Report): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const handle = await open(this.file, 'a');
    try {
      await handle.write(`${JSON.stringify(report)}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** The latest reports, newest first. */
  async latest(count: number): Promise<Report[]> {
    const text = await readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    const reports: Report[] = [];
    for (const line of text.split('\n').reverse()) {
      if (reports.length >= count) break;
      if (!line.trim()) continue;
      try {
        const parsed = REPORT.safeParse(JSON.parse(line));
        if (parsed.success) reports.push(parsed.data);
      } catch {
        // Not JSON: skipped (see the class comment).
      }
    }
    return reports;
  }
}
