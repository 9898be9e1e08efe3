import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { TermIndex } from '../kb/termIndex.js';
import { Tokenizer } from '../kb/tokenizer.js';

/**
 * `npm run bench:terms -- [--terms 150000] [--docs 60000]`: the search index with a vocabulary the size of a real
 * corpus. The synthetic corpus of `npm run bench` draws its sentences from a few dozen words (its indexes hold a few
 * hundred terms), so it cannot show what a large vocabulary costs; 10,000 real news articles hold on the order of
 * 100,000 distinct words (an estimate). This builds an index of `--docs` documents of 20 words each, drawn from
 * `--terms` random words (the common ones more often), and measures, as the refresh does it:
 * - rebuildMs: the worker's rebuild of the index with every document's tokens kept (a refresh);
 * - loadMs: the main thread taking the index in with no index held (at start: its term numbers and the radix tree
 *   for fuzzy and prefix search are made a slice at a time), with the longest stretch between two turns of the event
 *   loop (longestTurnMs);
 * - loadChangedMs: taking it in after an edit in the middle brought a new word (the held index's tree, the new word
 *   added; every term numbered again), with longestChangedTurnMs;
 * - loadSameMs: taking it in when the terms are the held index's;
 * - firstSearchMs: the first fuzzy search of an index built in-process (which makes its tree then).
 */
const { values } = parseArgs({ options: { terms: { type: 'string', default: '150000' }, docs: { type: 'string', default: '60000' } } });
const terms = Number(values.terms);
const docCount = Number(values.docs);
if (!Number.isInteger(terms) || terms < 1 || !Number.isInteger(docCount) || docCount < 1) {
  process.stderr.write(`bench:terms: --terms and --docs must be whole numbers, got "${values.terms}" and "${values.docs}"\n`);
  process.exit(2);
}

let seed = 20220121;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pool = Array.from({ length: terms }, () => Array.from({ length: 4 + Math.floor(random() * 7) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
const docs = Array.from({ length: docCount }, () => ({ text: Array.from({ length: 20 }, () => pool[Math.floor(random() ** 2 * pool.length)]).join(' ') }));
const options = { fields: ['text'] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const tokenizer = new Tokenizer();
TermIndex.build(docs, options, tokenizer);
// An edit in the middle of the list that brings a new word: every term after it is numbered one further.
const edited = docs.map((d, i) => (i === Math.floor(docs.length / 2) ? { text: `${d.text} zzzyzzy` } : d));
const rebuild: number[] = [];
const load: number[] = [];
const longest: number[] = [];
const loadChanged: number[] = [];
const longestChanged: number[] = [];
const loadSame: number[] = [];

/** How long `work` takes, and the longest stretch in it between two turns of the event loop. */
async function timed(work: () => Promise<unknown>): Promise<[number, number]> {
  await nextTurn();
  const start = performance.now();
  let last = start;
  let worst = 0;
  const clock = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 0);
  await work();
  const end = performance.now();
  clearInterval(clock);
  return [end - start, Math.max(worst, end - last)];
}

for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const index = TermIndex.build(docs, options, tokenizer);
  rebuild.push(performance.now() - t);
  const changed = TermIndex.build(edited, options, tokenizer);
  // As they arrive from the worker: copies, the buffers their own.
  const [first, same, next] = [structuredClone(index.data), structuredClone(index.data), structuredClone(changed.data)];
  let held!: TermIndex;
  const [ms, worst] = await timed(async () => (held = await TermIndex.loadSlowly(first, options)));
  load.push(ms);
  longest.push(worst);
  loadSame.push((await timed(() => TermIndex.loadSlowly(same, options, held)))[0]);
  const [changedMs, changedWorst] = await timed(() => TermIndex.loadSlowly(next, options, held));
  loadChanged.push(changedMs);
  longestChanged.push(changedWorst);
}
const fresh = TermIndex.build(docs, options);
const t = performance.now();
fresh.search(pool[0]!.slice(1), { fuzzy: 0.2, prefix: true });
const firstSearchMs = performance.now() - t;
const round = (x: number) => Math.round(x * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    terms: fresh.data.terms.length,
    docs: docCount,
    rebuildMs: round(median(rebuild)),
    loadMs: round(median(load)),
    longestTurnMs: round(median(longest)),
    loadChangedMs: round(median(loadChanged)),
    longestChangedTurnMs: round(median(longestChanged)),
    loadSameMs: round(median(loadSame)),
    firstSearchMs: round(firstSearchMs),
  })}\n`,
);
