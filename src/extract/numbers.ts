import type { NumberMention } from '../model.js';

const WORDS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100, dozen: 12,
}));
const UNITS = new Set([
  'troops', 'soldiers', 'forces', 'warships', 'ships', 'aircraft', 'planes', 'jets', 'tanks', 'missiles', 'minutes', 'hours', 'days',
  'weeks', 'months', 'years', 'people', 'rounds', 'members', 'officials', 'countries', 'nations', 'diplomats', 'dead', 'killed',
]);
const VAGUE: [RegExp, number][] = [
  [/\btens of (?:thousands|1000['’]?s)\b/gi, 10_000],
  [/\bhundreds of thousands\b/gi, 100_000],
  [/\bthousands\b/gi, 1_000],
  [/\bhundreds\b/gi, 100],
];

function unitAfter(text: string, end: number): string | null {
  const words = text.slice(end, end + 40).match(/^[\s-]*([A-Za-z]+)(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?/);
  if (!words) return null;
  const [, a, b, c] = words;
  for (const w of [a, b, c]) if (w && UNITS.has(w.toLowerCase())) return w.toLowerCase();
  return null;
}

/**
 * Finds the amounts in a sentence, kept as written and understood: "100,000" and the Indian-grouped "1,00,000"
 * are both 100000; "tens of thousands" is vague; "an hour and a half" is 90 minutes. Years and days of the month
 * are dates, not amounts.
 */
export function findNumbers(text: string, offset = 0): NumberMention[] {
  const found: NumberMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const add = (s: number, e: number, value: number, approximate: boolean, unit: string | null) => {
    if (!free(s, e)) return;
    taken.push([s, e]);
    found.push({ text: text.slice(s, e), value, approximate, unit, start: offset + s, end: offset + e });
  };
  for (const m of text.matchAll(/\ban hour and a half\b/gi)) add(m.index!, m.index! + m[0].length, 90, false, 'minutes');
  for (const [re, value] of VAGUE) {
    for (const m of text.matchAll(re)) add(m.index!, m.index! + m[0].length, value, true, unitAfter(text, m.index! + m[0].length));
  }
  for (const m of text.matchAll(/(?<![\w.,])\d{1,3}(?:,\d{2,3})+(?![\d,]*\d)|(?<![\w.,:-])\d+(?:\.\d+)?(?![\w:]|[.,]\d)/g)) {
    const s = m.index!;
    const raw = m[0];
    const before = text.slice(Math.max(0, s - 12), s);
    const value = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (/^(?:19|20)\d{2}$/.test(raw)) continue; // a year
    if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(text.slice(s + raw.length, s + raw.length + 6))) continue; // a time
    if (/(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+$/i.test(before)) continue;
    const approximate = /\b(?:about|around|some|nearly|almost|roughly|estimated|over|more than|up to)\s+$/i.test(before);
    add(s, s + raw.length, value, approximate, unitAfter(text, s + raw.length));
  }
  for (const m of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a dozen)\b/gi)) {
    const unit = unitAfter(text, m.index! + m[0].length);
    if (!unit || !UNITS.has(unit)) continue;
    add(m.index!, m.index! + m[0].length, WORDS.get(m[1]!.toLowerCase().replace('a ', ''))!, false, unit);
  }
  return found.sort((a, b) => a.start - b.start);
}
