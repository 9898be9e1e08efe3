import { editDistance } from '../extract/names.js';

const STOP = new Set(
  'a an the and or of to in on for is are was were be been it its that this these those with at by as but from we our you your i me my he his she her they them their us there here will would can could has have had do does did so than then also just very'.split(
    ' ',
  ),
);

/**
 * Words a rewording tool puts in for others, read back to the usual word, so a reworded copy of a quote compares
 * with the original: "important second" is "critical moment", "helpful" is "useful", "perceive" is "understand".
 */
const CANONICAL = new Map<string, string>(Object.entries({
  important: 'critical', second: 'moment', helpful: 'useful', assembly: 'meeting', mentioned: 'said', perceive: 'understand',
  obtain: 'receive', extreme: 'severe', unattainable: 'impossible', commerce: 'trade', area: 'space', overseas: 'foreign',
  protection: 'defence', defense: 'defence', jap: 'eastern', army: 'military', warfare: 'war', concepts: 'ideas', deeds: 'actions',
  phrases: 'words', unable: 'cannot', main: 'major', occur: 'happen',
}));

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
    .map((w) => CANONICAL.get(w) ?? w)
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Only long words that start alike and differ in length by at most two can be a small edit apart; this test is
  // cheap, and it spares almost every edit-distance computation.
  // (Character codes rather than slices: this runs tens of millions of times on a large corpus.)
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 2) return false;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(1) !== b.charCodeAt(1) || a.charCodeAt(2) !== b.charCodeAt(2)) return false;
  return editDistance(a, b) <= 2;
}

/** Which of b's words are taken, reused between calls (grown when needed) so that comparing makes no garbage. */
let taken = new Uint8Array(64);

/** How many of a's words pair off with a word of b (each word of b used once, the first that fits). */
function matched(a: readonly string[], b: readonly string[]): number {
  if (taken.length < b.length) taken = new Uint8Array(b.length * 2);
  taken.fill(0, 0, b.length);
  let n = 0;
  for (const w of a) {
    for (let j = 0; j < b.length; j++) {
      if (taken[j] || !sameWord(w, b[j]!)) continue;
      taken[j] = 1;
      n++;
      break;
    }
  }
  return n;
}

/** How alike two statements are, 0 to 1: shared content words (small spelling edits allowed) over the larger. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  return matched(a, b) / Math.max(a.length, b.length);
}

/** How much of the shorter statement the longer one holds, 0 to 1 (a partial quote inside a fuller one). */
export function containment(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return matched(short, long) / short.length;
}
