import { extractArticle } from '../extract/article.js';
import { hashText } from '../ingest/load.js';

/** One article's extraction time by its size: the row that shows extraction stays linear in an article's length. */
export interface SizeRun {
  kb: number;
  quotes: number;
  ms: number;
  msPerMB: number;
}

/** The ministers who speak in turn in a dense article. */
export const DENSE_SPEAKERS = ['Ana Ruiz', 'Ben Okafor', 'Clara Stein', 'David Moyo', 'Elena Petrova', 'Farid Haddad', 'Greta Lind'];

/** A quote-dense article of about `kb` kilobytes: every paragraph two quotes, a cue, a pronoun, a date and a number. */
export function denseArticle(kb: number): string {
  let text = 'Talks resume in Geneva\n\nMarch 3, 2024\n\n';
  for (let i = 0; text.length < kb * 1024; i++) {
    const who = DENSE_SPEAKERS[i % DENSE_SPEAKERS.length];
    text += `Minister ${who} said on Monday that the talks were "useful and frank, round ${i}". "We will meet again next week," the minister added. Officials said ${i} troops had left.\n\n`;
  }
  return text;
}

function measure(kb: number): SizeRun {
  const text = denseArticle(kb);
  const started = performance.now();
  const x = extractArticle({ id: `dense-${kb}`, file: `dense-${kb}.txt`, text, meta: {}, hash: hashText(text) }, { date: '2024-03-03', source: 'dateline' });
  const ms = performance.now() - started;
  return { kb, quotes: x.quotes.length, ms: Math.round(ms), msPerMB: Math.round(ms / (text.length / 2 ** 20)) };
}

// `tsx src/bench/articleSize.ts 100,1000`: one JSON line of SizeRun, after a small article warms the code up.
if (import.meta.url === `file://${process.argv[1]}`) {
  measure(20);
  const sizes = (process.argv[2] ?? '100,1000').split(',').map(Number);
  process.stdout.write(`${JSON.stringify(sizes.map(measure))}\n`);
}
