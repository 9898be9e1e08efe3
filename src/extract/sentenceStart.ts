/**
 * Where the sentence holding offset `at` starts: just past the last stop before it (".", "!" or "?", with a closing
 * quote mark after it, then a space), or past the line break, whichever is nearer; 0 at the text's start. Read back
 * from `at`, so its cost is the sentence's length, not the text's.
 */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if (c !== ' ' && c !== '\t') continue;
    const stop = /["”’]/.test(text[i - 1] ?? '') ? i - 2 : i - 1;
    if (/[.!?]/.test(text[stop] ?? '')) {
      let start = i + 1;
      while (start < at && /[ \t]/.test(text[start]!)) start++;
      return start;
    }
  }
  return 0;
}
