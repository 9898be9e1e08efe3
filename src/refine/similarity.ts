import { editDistance } from '../extract/people.js';

const STOP = new Set(
  'a an the and or of to in on for is are was were be been it its that this these those with at by as but from we our you your i me my he his she her they them their us there here will would can could has have had do does did so than then also just very'.split(
    ' ',
  ),
);

/**
 * Words a rewording tool puts in for others, read back to the usual word, so a reworded copy of a quote compares
 * with the original: "important second" is "critical moment", "helpful" is "useful", "perceive" is "understand".
 */
const CANONICAL: Record<string, string> = {
  important: 'critical', second: 'moment', helpful: 'useful', assembly: 'meeting', mentioned: 'said', perceive: 'understand',
  obtain: 'receive', extreme: 'severe', unattainable: 'impossible', commerce: 'trade', area: 'space', overseas: 'foreign',
  protection: 'defence', defense: 'defence', jap: 'eastern', army: 'military', warfare: 'war', concepts: 'ideas', deeds: 'actions',
  phrases: 'words', unable: 'cannot',
};

/** The words of a statement that carry its meaning: folded, without small words, rewordings read back. */
export function contentWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/(\d),(?=\d)/g, '$1')
    .match(/[a-z0-9]+/g) ?? [];
  return words
    .filter((w) => !STOP.has(w))
    .map((w) => CANONICAL[w] ?? w)
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Only long words that start alike and differ in length by at most two can be a small edit apart; this test is
  // cheap, and it spares almost every edit-distance computation.
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 2 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  return editDistance(a, b) <= 2;
}

function matched(a: string[], b: string[]): number {
  const pool = [...b];
  let n = 0;
  for (const w of a) {
    const i = pool.findIndex((x) => sameWord(w, x));
    if (i >= 0) {
      n++;
      pool.splice(i, 1);
    }
  }
  return n;
}

/** How alike two statements are, 0 to 1: shared content words (small spelling edits allowed) over the larger. */
export function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  return matched(a, b) / Math.max(a.length, b.length);
}

/** How much of the shorter statement the longer one holds, 0 to 1 (a partial quote inside a fuller one). */
export function containment(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return matched(short, long) / short.length;
}
