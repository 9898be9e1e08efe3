/** How far align looks ahead in the old list for an item, and how many items it looks for before it maps the old list. */
const LOOK = 4096;
const TRIES = 64;

/**
 * For each item of `list`, its position in `old`, or -1 when it is not there: how a build finds what it worked out
 * for an item last time, and what a refresh need not send again. The lists are walked side by side: a refresh
 * changes items in a few places, so an item that is not the next old one is looked for a little further on in the
 * old list (old items were taken out before it); one not found there is taken for new. Only after many such items
 * does it map every old item to its place instead. An item it takes for new that was in the old list (moved from
 * afar before the map is made) is worked out, or sent, again: never wrong, only more work.
 */
export function align(old: readonly unknown[], list: readonly unknown[]): Int32Array {
  const out = new Int32Array(list.length);
  let at: Map<unknown, number> | null = null;
  let tries = 0;
  /** Where the old list goes on after the last item taken from it. */
  let i = 0;
  for (let j = 0; j < list.length; ) {
    if (!at && old[i] === list[j] && i < old.length) {
      // The common case, in a tight loop: old items where they were.
      while (j < list.length && i < old.length && old[i] === list[j]) out[j++] = i++;
      continue;
    }
    const item = list[j];
    let from = -1;
    if (!at && tries++ < TRIES) {
      for (let k = i + 1; k < Math.min(old.length, i + LOOK); k++) {
        if (old[k] === item) {
          from = k;
          break;
        }
      }
    } else {
      if (!at) {
        at = new Map();
        for (let k = old.length - 1; k >= 0; k--) at.set(old[k], k);
      }
      from = at.get(item) ?? -1;
    }
    if (from >= 0) i = from + 1;
    out[j++] = from;
  }
  return out;
}
