/** Groups items by a key, keeping their order within each group. */
export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** For lists of words, each word's list of the positions of the lists that hold it (once per list). */
export function indexByWord(words: readonly (readonly string[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of new Set(ws)) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  return index;
}
