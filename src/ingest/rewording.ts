/**
 * Phrase substitutions a machine rewording tool ("article spinner") makes, and the words they stand for.
 * Used to read roles and cues in reworded copies, and (later) to label such copies.
 */
export const REWORDINGS: readonly (readonly [RegExp, string])[] = [
  [/\bOverseas Minist(er|ry)\b/g, 'Foreign Minist$1'],
  [/\boverseas minist(er|ry)\b/g, 'foreign minist$1'],
  [/\bProtection Minister\b/g, 'Defence Minister'],
  [/\bState Division\b/g, 'State Department'],
  [/\bJap Europe\b/g, 'Eastern Europe'],
  [/\bjap Ukraine\b/g, 'eastern Ukraine'],
];

/** Undoes known rewordings in a short phrase such as a role ("Overseas Minister" → "Foreign Minister"). */
export function normaliseRewording(phrase: string): string {
  let out = phrase;
  for (const [re, to] of REWORDINGS) out = out.replace(re, to);
  return out;
}
