import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** How a quote's speaker is given away: named at the cue, a pronoun or description, or nothing at all (continuation, turn, heading). */
export const QuoteType = z.enum(['explicit', 'anaphoric', 'implicit']);
export type QuoteType = z.infer<typeof QuoteType>;

/**
 * What a person reading one article says it holds, in `<name>.labels.json` beside `<name>.txt`.
 * A quote is named by the start of its text; its speaker by full name (or a person id), null for nobody.
 */
export const ArticleLabels = z
  .object({
    /** The article's own date, as its text states it; null when the text states none. */
    date: day.nullable(),
    people: z.array(z.string().min(1)).default([]),
    quotes: z
      .array(z.object({ quote: z.string().min(1), speaker: z.string().min(1).nullable(), type: QuoteType.optional() }).strict())
      .default([]),
    /** Dated statements: the date phrase, the start of its sentence, and the day (or YYYY-MM, YYYY-Www, YYYY) it means. */
    events: z.array(z.object({ phrase: z.string().min(1), sentence: z.string().min(1), date: z.string().min(4) }).strict()).default([]),
  })
  .strict();
export type ArticleLabels = z.infer<typeof ArticleLabels>;

/** Reads every `*.labels.json` in a folder, keyed by the article file's name without `.txt`. Bad files throw, naming the file. */
export async function readLabels(dir: string): Promise<Map<string, ArticleLabels>> {
  const out = new Map<string, ArticleLabels>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.labels.json')).sort()) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = ArticleLabels.safeParse(json);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error).replace(/\n+/g, '; ')}`);
    out.set(name.slice(0, -'.labels.json'.length), parsed.data);
  }
  return out;
}
