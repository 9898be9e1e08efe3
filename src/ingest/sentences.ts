/** A run of the article's text, by offsets. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'gov', 'prof', 'no', 'vs', 'etc', 'inc', 'ltd', 'co',
  // Ranks and forms of address before a name: "Cmdr. Dale Hutton", "Capt. Ana Ruiz", "Rev. Al Green".
  'cmdr', 'capt', 'maj', 'adm', 'brig', 'cpl', 'pvt', 'supt', 'insp', 'det', 'atty', 'hon', 'rev', 'fr',
  // (And as Philippine, Nigerian and Commonwealth copy writes them: "Amb. Ana Ruiz", "Sec. Manalo", "Engr. Umahi", "Rt. Hon.".)
  'amb', 'sec', 'pres', 'usec', 'asec', 'engr', 'barr', 'rt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m', 'approx',
]);

/**
 * Splits text[start, end) into sentences. Sentence ends inside `masked` spans (quotes, in text order, not
 * overlapping) do not count, so a quote of several sentences stays inside the sentence that reports it.
 */
export function splitSentences(text: string, start: number, end: number, masked: readonly Span[] = []): Span[] {
  // The masks come in text order and the stops are tried in text order: one moving index, not a scan per stop.
  let k = 0;
  const inMask = (i: number) => {
    while (k < masked.length && masked[k]!.end - 1 <= i) k++;
    return k < masked.length && i >= masked[k]!.start;
  };
  // (inMask has moved past a mask whose last character this is.)
  const endsMask = (i: number) => k > 0 && masked[k - 1]!.end - 1 === i;
  const sentences: Span[] = [];
  let from = start;
  // (A sentence may open with guillemets or a low mark, «…», „…“, and with a capital beyond ASCII: "Çavuşoğlu said".)
  const re = /[.!?]+["”’')\]»“]*(?=\s+["“‘'([«„]?[A-Z0-9\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F])/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > end) break;
    if (inMask(m.index)) continue;
    if (/[?!]/.test(m[0][0]!) && endsMask(m.index) && SPEECH_TAG.test(text.slice(stop, stop + 260))) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    pushTrimmed(text, from, stop, sentences);
    from = stop;
  }
  pushTrimmed(text, from, end, sentences);
  return sentences;
}

/**
 * After a quote that ends in its own question or exclamation mark, the tag that names its speaker carries the
 * sentence on: "Who are they?" Trump tweeted. / "Enough!" the minister shouted. A name or a determiner and a noun,
 * then a verb in the past or present tense.
 */
// (Or a name set off by a description: '"…?" He Jianxiong, the former executive director for China at the IMF, said'.)
const SPEECH_TAG =
  /^\s+(?!(?:It|This|That|There|These|Those|What|Nobody|Nothing)\s)(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:The|A|An|His|Her|Their)\s+(?:\p{L}[\p{L}-]*\s+){1,3}|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+[^.!?"“”,]{3,120}(?:,\s+[^.!?"“”,]{3,60}){0,2},\s+)(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|s)|said|told|wrote|spoke)\b/u;

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("Harry S. Truman"), unless a preposition or an article stands before it: "wrote on X. Musk replied",
  // "a plan B. Then".
  if (/^[a-z]$/.test(word)) return !/\b(?:on|in|at|to|from|via|with|of|by|a|an|the|plan|group|vitamin|type|option)\s+$/i.test(text.slice(Math.max(0, i - 10), i));
  return /^(?:[a-z]\.)+[a-z]$/.test(word); // a dotted acronym: "U.S", "U.K"
}

function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) out.push({ start: from, end: to });
}
