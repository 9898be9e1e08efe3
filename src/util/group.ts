/** Adds a value to the list a map holds under a key, starting the list if there is none. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) addTo(out, key(item), item);
  return out;
}

/** For lists of words, each word's list of the positions of the lists that hold it (once per list). */
export function indexByWord(words: readonly (readonly string[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of new Set(ws)) addTo(index, w, i);
  });
  return index;
}

/**
 * Lists of whole numbers in one buffer (see ListArena): list i is its length at `data[at[i]]`, then its numbers.
 */
export interface WordLists {
  data: Uint32Array;
  at: ArrayLike<number>;
}

/** Lists packed as WordLists (for callers with few lists, and tests). */
export function packed(lists: readonly ArrayLike<number>[]): WordLists {
  const at = new Uint32Array(lists.length);
  const data = new Uint32Array(lists.reduce((n, l) => n + l.length + 1, 0));
  let p = 0;
  lists.forEach((l, i) => {
    at[i] = p;
    data[p] = l.length;
    data.set(l, p + 1);
    p += l.length + 1;
  });
  return { data, at };
}

/**
 * indexByWord in flat typed arrays, for large inputs, from each list's distinct words as numbers below `words`:
 * the lists that hold word w are `items[offsets[w] .. offsets[w + 1])`, in order. Lists that `keep` refuses are
 * left out.
 */
export function postings(own: WordLists, words: number, keep: (i: number) => boolean = () => true): { offsets: Uint32Array; items: Uint32Array } {
  const { data, at } = own;
  const offsets = new Uint32Array(words + 1);
  for (let i = 0; i < at.length; i++) {
    if (!keep(i)) continue;
    for (let p = at[i]! + 1, end = p + data[at[i]!]!; p < end; p++) offsets[data[p]! + 1]!++;
  }
  for (let w = 0; w < words; w++) offsets[w + 1]! += offsets[w]!;
  const fill = offsets.slice(0, words);
  const items = new Uint32Array(offsets[words]!);
  for (let i = 0; i < at.length; i++) {
    if (!keep(i)) continue;
    for (let p = at[i]! + 1, end = p + data[at[i]!]!; p < end; p++) items[fill[data[p]!]!++] = i;
  }
  return { offsets, items };
}
