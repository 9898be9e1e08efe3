/**
 * The lists `of` gives for each item, one after another: `items.flatMap(of)` for lists of arrays. A refresh joins
 * the quotes, facts and events of 10,000 articles: flatMap checks each returned value for being an array and spreads
 * it item by item (40 ms against 10 for 200,000 items), and pushing item by item into a list that large is slower
 * again while the collector is marking (every write of a pointer is recorded). Concatenating copies whole lists, a
 * few thousand at a time (a call takes only so many arguments).
 *
 * With a memo, the lists that are the same arrays as last time at the start and at the end are copied from last
 * time's result in one slice each: after one article changes, a slice before it, its new list, and a slice after.
 */
export function flat<T, U>(items: readonly T[], of: (item: T) => readonly U[], memo?: JoinMemo<U>): U[] {
  const lists = items.map(of);
  return memo ? memo.join(lists) : concatAll([], lists, 0, lists.length);
}

function concatAll<U>(out: U[], lists: readonly (readonly U[])[], from: number, to: number): U[] {
  for (let k = from; k < to; k += 4096) out = out.concat(...lists.slice(k, Math.min(k + 4096, to)));
  return out;
}

/** What `flat` keeps from one join to the next: the lists joined and the result (never handed out itself). */
export class JoinMemo<U> {
  private lists: readonly (readonly U[])[] = [];
  private out: readonly U[] = [];

  join(lists: readonly (readonly U[])[]): U[] {
    const before = this.lists;
    const n = Math.min(before.length, lists.length);
    let head = 0;
    let headItems = 0;
    while (head < n && before[head] === lists[head]) headItems += lists[head++]!.length;
    let tail = 0;
    let tailItems = 0;
    while (tail < n - head && before[before.length - 1 - tail] === lists[lists.length - 1 - tail]) tailItems += lists[lists.length - 1 - tail++]!.length;
    let out = this.out.slice(0, headItems);
    out = concatAll(out, lists, head, lists.length - tail);
    if (tailItems) out = out.concat(this.out.slice(this.out.length - tailItems));
    this.lists = lists;
    this.out = out;
    // A copy: whoever takes the result may freeze or change it (a copy of 65,000 items takes well under 1 ms).
    return out.slice();
  }
}
